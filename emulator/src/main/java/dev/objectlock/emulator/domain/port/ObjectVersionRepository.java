package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The version stacks of keys. The newest entry of a key (highest sequence) is its current one. */
public interface ObjectVersionRepository {

    Optional<VersionEntry> findCurrent(String bucket, String key);

    Optional<VersionEntry> find(String bucket, String key, VersionId versionId);

    /** A fresh sequence number, higher than every one handed out before. */
    long nextSequence();

    /** Stores the entry (with the sequence it carries) as the newest of its key. */
    void insert(VersionEntry entry);

    /** Removes exactly that version; the next newest becomes current. True when a row was removed. */
    boolean delete(String bucket, String key, VersionId versionId);

    /**
     * Removes exactly these entries in one batch; a key whose removed entry was its current one
     * (as listed) gets its next newest entry promoted, as {@link #delete} does.
     */
    void deleteAll(String bucket, List<ListedVersion> entries);

    /** Replaces a version's tag set. The version must exist: a missing one is a bug (IllegalStateException). */
    void updateTags(String bucket, String key, VersionId versionId, Map<String, String> tags);

    /**
     * Replaces a version's Object Lock state; never creates a version or touches Last-Modified ([R36]).
     * The version must exist: a missing one is a bug (IllegalStateException).
     */
    void updateLock(String bucket, String key, VersionId versionId, ObjectLock lock);

    boolean anyInBucket(String bucket);

    /**
     * Entries in listing order (key ascending, newest first within a key) with key starting with
     * {@code prefix}, positioned after ({@code afterKey}, {@code afterSequence}): with a null
     * sequence, after every entry of {@code afterKey}.
     */
    List<ListedVersion> scanVersions(String bucket, String prefix, String afterKey, Long afterSequence, int limit);

    /** Current object versions (delete markers excluded) in key order, keys after {@code afterKey}. */
    List<ObjectVersion> scanCurrentObjects(String bucket, String prefix, String afterKey, int limit);

    /** Every blob id of the bucket (to release bodies when a bucket goes). */
    List<String> blobIdsInBucket(String bucket);
}
