package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * A key's version stack as writes and deletes change it, inside a transaction that holds the
 * bucket's row lock. Every removal of a stored version, by a delete or by a write that replaces
 * the null version, goes through here and asks ObjectLockPolicy first.
 */
final class VersionStack {

    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;

    VersionStack(ObjectVersionRepository versions, BlobStore blobs, Transactions tx) {
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
    }

    /** The ETag of the key's current object; null when it has none or its current version is a delete marker. */
    String currentEtag(String bucket, String key) {
        return versions.findCurrent(bucket, key)
                .filter(e -> e instanceof ObjectVersion)
                .map(e -> ((ObjectVersion) e).etag())
                .orElse(null);
    }

    /**
     * Removes the key's null version, if any, unless Object Lock protects it; its body goes once
     * the removal has committed.
     */
    void removeNullVersion(String bucket, String key, ObjectLockPolicy.Bypass bypass, Instant now) {
        remove(bucket, key, VersionId.NULL, bypass, now);
    }

    /**
     * Removes exactly that version or delete marker, if there is one, unless Object Lock protects
     * it; returns what was removed. Its body goes once the removal has committed.
     */
    Optional<VersionEntry> remove(
            String bucket, String key, VersionId versionId, ObjectLockPolicy.Bypass bypass, Instant now) {
        Optional<VersionEntry> entry = versions.find(bucket, key, versionId);
        entry.ifPresent(e -> {
            if (e instanceof ObjectVersion v) {
                ObjectLockPolicy.checkRemoval(v.lock(), bypass, now);
                releaseAfterCommit(v.blobId());
            }
            versions.delete(bucket, key, versionId);
        });
        return entry;
    }

    /**
     * Deletes the body of a version this transaction removes, but only once the removal has
     * committed: the transaction may be part of a larger one (a batch chunk, CompleteMultipartUpload)
     * that can still roll back and bring the version back.
     */
    private void releaseAfterCommit(String blobId) {
        tx.afterCommit(() -> blobs.delete(blobId));
    }
}
