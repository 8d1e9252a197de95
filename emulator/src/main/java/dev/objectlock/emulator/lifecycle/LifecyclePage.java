package dev.objectlock.emulator.lifecycle;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a bucket's key stacks, read, planned and applied in one transaction that holds the
 * bucket's row lock ({@code SELECT ... FOR UPDATE}), the lock every write to the bucket's versions
 * takes: API deletes, PutObject, legal-hold and retention changes. The stacks are read after the
 * lock is taken, so the plan sees every change committed before it and none can land between the
 * plan and its removals [R94]: a version protected meanwhile is seen as protected, and a version
 * PUT meanwhile is seen as current, never buried under a marker meant for its predecessor. The
 * removals of the page go to storage as one batch.
 */
final class LifecyclePage {

    /** Versions read per page; a key's whole stack is always in one page, however long. */
    static final int SIZE = 1000;

    /**
     * @param lastKey the last key the page covered, where the next page starts
     * @param last whether the bucket has no keys after it
     */
    record Outcome(LifecycleReport report, String lastKey, boolean last) {}

    private final BucketRepository buckets;
    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;

    LifecyclePage(BucketRepository buckets, ObjectVersionRepository versions, BlobStore blobs, Transactions tx) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
    }

    /** Applies {@code rules} to the key stacks after {@code afterKey} (null: from the first key). */
    Outcome apply(String bucketName, List<Rule> rules, Instant now, String afterKey) {
        return tx.inTransaction(() -> {
            Optional<Bucket> bucket = buckets.findForUpdate(bucketName);
            if (bucket.isEmpty()) {
                return new Outcome(LifecycleReport.NONE, afterKey, true);
            }
            Stacks stacks = read(bucketName, afterKey);
            Changes changes = new Changes(bucket.get());
            for (List<ListedVersion> stack : stacks.stacks()) {
                changes.add(stack, KeyStackPlan.plan(entries(stack), rules, now), now);
            }
            return new Outcome(changes.commit(), stacks.lastKey(afterKey), stacks.last());
        });
    }

    private record Stacks(List<List<ListedVersion>> stacks, boolean last) {
        String lastKey(String afterKey) {
            return stacks.isEmpty()
                    ? afterKey
                    : stacks.get(stacks.size() - 1).get(0).entry().key();
        }
    }

    /**
     * Reads at least {@link #SIZE} versions (all when fewer are left) and keeps whole key stacks:
     * the trailing key of a full read may go on beyond it and is left to the next page, unless it
     * is the only key read, which is then read to its end.
     */
    private Stacks read(String bucket, String afterKey) {
        List<ListedVersion> rows = new ArrayList<>();
        String cursorKey = afterKey;
        Long cursorSequence = null;
        boolean last;
        while (true) {
            List<ListedVersion> page = versions.scanVersions(bucket, null, cursorKey, cursorSequence, SIZE);
            rows.addAll(page);
            last = page.size() < SIZE;
            if (last) {
                break;
            }
            VersionEntry end = page.get(page.size() - 1).entry();
            cursorKey = end.key();
            cursorSequence = end.sequence();
            if (!rows.get(0).entry().key().equals(end.key())) {
                break;
            }
        }
        if (!last) {
            String trailing = rows.get(rows.size() - 1).entry().key();
            while (rows.get(rows.size() - 1).entry().key().equals(trailing)) {
                rows.remove(rows.size() - 1);
            }
        }
        List<List<ListedVersion>> stacks = new ArrayList<>();
        for (ListedVersion row : rows) {
            if (stacks.isEmpty()
                    || !stacks.get(stacks.size() - 1)
                            .get(0)
                            .entry()
                            .key()
                            .equals(row.entry().key())) {
                stacks.add(new ArrayList<>());
            }
            stacks.get(stacks.size() - 1).add(row);
        }
        return new Stacks(stacks, last);
    }

    private static List<VersionEntry> entries(List<ListedVersion> stack) {
        return stack.stream().map(ListedVersion::entry).toList();
    }

    /** What the page's plans remove and add, collected to be written together. */
    private final class Changes {
        private final Bucket bucket;
        private final List<ListedVersion> removals = new ArrayList<>();
        private final List<DeleteMarker> markers = new ArrayList<>();
        private long versionsExpired;
        private long markersRemoved;
        private long skippedLocked;

        Changes(Bucket bucket) {
            this.bucket = bucket;
        }

        void add(List<ListedVersion> stack, KeyStackPlan plan, Instant now) {
            skippedLocked += plan.locked();
            Map<VersionId, ListedVersion> byId = new HashMap<>();
            stack.forEach(l -> byId.put(l.entry().versionId(), l));
            Map<VersionId, ListedVersion> remove = new LinkedHashMap<>();
            for (VersionEntry entry : plan.remove()) {
                remove.put(entry.versionId(), byId.get(entry.versionId()));
            }
            if (plan.expireCurrent()) {
                expireCurrent(stack, remove, now);
            }
            for (ListedVersion removed : remove.values()) {
                removals.add(removed);
                if (removed.entry().isDeleteMarker()) {
                    markersRemoved++;
                } else {
                    versionsExpired++;
                }
            }
        }

        /**
         * What a DeleteObject without a version id would do to the key [R91]: a marker in a
         * versioned bucket (over the removed null version when Suspended), the object removed in an
         * unversioned one. The null version is removed only if Object Lock allows it.
         */
        private void expireCurrent(List<ListedVersion> stack, Map<VersionId, ListedVersion> remove, Instant now) {
            String key = stack.get(0).entry().key();
            Optional<ListedVersion> nullVersion =
                    stack.stream().filter(l -> l.entry().versionId().isNull()).findFirst();
            boolean marker = VersioningRules.deleteLeavesMarker(bucket.versioning());
            long sequence = marker ? versions.nextSequence() : 0;
            VersionId markerId = VersioningRules.versionIdForWrite(bucket.versioning(), sequence);
            if (!marker || markerId.isNull()) {
                if (nullVersion.isPresent() && isProtected(nullVersion.get().entry(), now)) {
                    skippedLocked++;
                    return;
                }
                nullVersion.ifPresent(n -> remove.put(VersionId.NULL, n));
            }
            if (marker) {
                try {
                    // a marker is a write: its key is held to the limit every write is held to [R52]
                    ObjectKeyRules.checkKey(key);
                    markers.add(new DeleteMarker(bucket.name(), key, markerId, sequence, now));
                } catch (S3Exception e) {
                    remove.remove(VersionId.NULL);
                }
            }
        }

        private static boolean isProtected(VersionEntry entry, Instant now) {
            return entry instanceof ObjectVersion v
                    && ObjectLockPolicy.isProtected(v.lock(), ObjectLockPolicy.Bypass.NONE, now);
        }

        /**
         * Writes the page's removals as one batch, then its markers; bodies go once the
         * transaction has committed, as for API deletes (a rollback would bring the versions back).
         */
        LifecycleReport commit() {
            versions.deleteAll(bucket.name(), removals);
            markers.forEach(versions::insert);
            List<String> released = removals.stream()
                    .map(ListedVersion::entry)
                    .filter(e -> e instanceof ObjectVersion)
                    .map(e -> ((ObjectVersion) e).blobId())
                    .toList();
            if (!released.isEmpty()) {
                tx.afterCommit(() -> released.forEach(blobs::delete));
            }
            return new LifecycleReport(markers.size(), versionsExpired, markersRemoved, 0, skippedLocked);
        }
    }
}
