package dev.objectlock.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version stacks in H2: current entry, demotion, promotion on delete, listing scans. */
class JdbcObjectVersionRepositoryTest {

    private static final String BUCKET = "bucket";

    private InMemoryDatabase db;
    private JdbcObjectVersionRepository versions;

    @BeforeEach
    void openDatabase() {
        db = new InMemoryDatabase();
        versions = db.versions();
        db.createBucket(BUCKET, VersioningStatus.ENABLED);
        db.createBucket("other", VersioningStatus.ENABLED);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void storesAndLoadsEveryField() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("zeta", "last? no, first");
        metadata.put("alpha", "\u20ac \"quoted\" \\ backslash");
        long sequence = versions.nextSequence();
        ObjectVersion written = new ObjectVersion(
                BUCKET,
                "dir/k",
                VersionId.generate(sequence),
                sequence,
                Instant.parse("2024-02-29T12:34:56.789Z"),
                11,
                "5eb63bbbe01eeed093cb22bb8f5acdc3-2",
                new ContentHeaders(
                        "text/plain", "gzip", "attachment", "en", "no-cache", "Thu, 01 Dec 1994 16:00:00 GMT"),
                metadata,
                new Checksum(ChecksumAlgorithm.CRC64NVME, "jSnVw/bqjr4=", Checksum.ChecksumType.COMPOSITE),
                List.of(6L, 5L),
                Map.of("t", "v"),
                "blob-1",
                new ObjectLock(
                        new Retention(RetentionMode.COMPLIANCE, Instant.parse("2030-01-01T00:00:00.001Z")),
                        LegalHoldStatus.OFF));

        versions.insert(written);

        assertThat(versions.find(BUCKET, "dir/k", written.versionId())).contains(written);
        assertThat(versions.findCurrent(BUCKET, "dir/k")).contains(written);
        ObjectVersion read =
                (ObjectVersion) versions.findCurrent(BUCKET, "dir/k").orElseThrow();
        assertThat(read.userMetadata().keySet()).as("metadata keeps its order").containsExactly("zeta", "alpha");
    }

    @Test
    void theNewestInsertIsCurrentAndDemotesThePrevious() {
        ObjectVersion v1 = db.put(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");
        DeleteMarker marker = db.deleteMarker(BUCKET, "k");

        assertThat(versions.findCurrent(BUCKET, "k")).contains(marker);
        assertThat(scan("", null, null))
                .containsExactly(
                        new ListedVersion(marker, true), new ListedVersion(v2, false), new ListedVersion(v1, false));
    }

    @Test
    void deletingTheCurrentEntryPromotesTheNextNewest() {
        ObjectVersion v1 = db.put(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");
        DeleteMarker marker = db.deleteMarker(BUCKET, "k");

        assertThat(versions.delete(BUCKET, "k", marker.versionId())).isTrue();
        assertThat(versions.findCurrent(BUCKET, "k")).contains(v2);

        assertThat(versions.delete(BUCKET, "k", v2.versionId())).isTrue();
        assertThat(versions.findCurrent(BUCKET, "k")).contains(v1);
        assertThat(scan("", null, null)).containsExactly(new ListedVersion(v1, true));

        assertThat(versions.delete(BUCKET, "k", v1.versionId())).isTrue();
        assertThat(versions.findCurrent(BUCKET, "k")).isEmpty();
    }

    @Test
    void deletingAnOlderEntryLeavesTheCurrentOne() {
        ObjectVersion v1 = db.put(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");
        ObjectVersion v3 = db.put(BUCKET, "k");

        assertThat(versions.delete(BUCKET, "k", v2.versionId())).isTrue();

        assertThat(scan("", null, null)).containsExactly(new ListedVersion(v3, true), new ListedVersion(v1, false));
    }

    @Test
    void deletingAnAbsentVersionChangesNothing() {
        ObjectVersion v1 = db.put(BUCKET, "k");

        assertThat(versions.delete(BUCKET, "k", VersionId.generate(999))).isFalse();
        assertThat(versions.delete(BUCKET, "other-key", v1.versionId())).isFalse();
        assertThat(versions.findCurrent(BUCKET, "k")).contains(v1);
    }

    @Test
    void keepsTheNullVersionAddressable() {
        ObjectVersion nullVersion = db.putNull(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");

        assertThat(versions.find(BUCKET, "k", VersionId.NULL)).contains(nullVersion);
        assertThat(versions.findCurrent(BUCKET, "k")).contains(v2);
    }

    @Test
    void keepsBucketsApart() {
        ObjectVersion mine = db.put(BUCKET, "k");
        ObjectVersion theirs = db.put("other", "k");

        assertThat(versions.findCurrent(BUCKET, "k")).contains(mine);
        assertThat(versions.findCurrent("other", "k")).contains(theirs);
        assertThat(scan("", null, null)).extracting(ListedVersion::entry).containsExactly(mine);
        assertThat(versions.blobIdsInBucket("other")).containsExactly(theirs.blobId());
    }

    @Test
    void handsOutIncreasingSequenceNumbers() {
        long first = versions.nextSequence();
        long second = versions.nextSequence();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void scansKeysAscendingAndNewestFirstWithinAKey() {
        // [A.5.1]: key ascending, then newest to oldest within a key, markers and versions mixed.
        ObjectVersion b1 = db.put(BUCKET, "b");
        ObjectVersion a1 = db.put(BUCKET, "a");
        DeleteMarker bMarker = db.deleteMarker(BUCKET, "b");
        ObjectVersion c1 = db.put(BUCKET, "c");
        ObjectVersion a2 = db.put(BUCKET, "a");

        assertThat(scan("", null, null)).extracting(ListedVersion::entry).containsExactly(a2, a1, bMarker, b1, c1);
    }

    @Test
    void ordersKeysByTheirBytesNotByLocale() {
        // [A.5.1]: UTF-8 binary order; upper case before lower case, '-' before '/' before digits.
        for (String key : List.of("b", "B", "a/", "a-", "a0", "a", "\u00e9", "z")) {
            db.put(BUCKET, key);
        }

        assertThat(scan("", null, null))
                .extracting(v -> v.entry().key())
                .containsExactly("B", "a", "a-", "a/", "a0", "b", "z", "\u00e9");
    }

    @Test
    void resumesAfterEveryVersionOfTheMarkerKey() {
        db.put(BUCKET, "a");
        db.put(BUCKET, "b");
        db.put(BUCKET, "b");
        ObjectVersion c1 = db.put(BUCKET, "c");

        assertThat(scan("", "b", null)).extracting(ListedVersion::entry).containsExactly(c1);
    }

    @Test
    void resumesWithinAKeyAfterTheMarkerSequence() {
        ObjectVersion b1 = db.put(BUCKET, "b");
        ObjectVersion b2 = db.put(BUCKET, "b");
        ObjectVersion b3 = db.put(BUCKET, "b");
        ObjectVersion c1 = db.put(BUCKET, "c");

        assertThat(scan("", "b", b3.sequence()))
                .extracting(ListedVersion::entry)
                .containsExactly(b2, b1, c1);
        assertThat(scan("", "b", b2.sequence() + 1))
                .extracting(ListedVersion::entry)
                .containsExactly(b2, b1, c1);
    }

    @Test
    void stopsAtTheLimit() {
        for (int i = 0; i < 5; i++) {
            db.put(BUCKET, "k" + i);
        }

        assertThat(versions.scanVersions(BUCKET, "", null, null, 2)).hasSize(2);
        assertThat(versions.scanCurrentObjects(BUCKET, "", null, 3)).hasSize(3);
    }

    @ParameterizedTest(name = "prefix {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a%    | a%b",
                "a_    | a_b",
                "a\\   | a\\b",
                "a     | a%b, a\\b, a_b, ab, axb",
                "x%    | x%",
                "x     | x%, xy",
                "%     | %lead",
                "_     | _lead"
            })
    void treatsLikeWildcardsInPrefixesLiterally(String prefix, String expected) {
        // A prefix is a literal string (API_ListObjectVersions "prefix"); % and _ are not wildcards.
        for (String key : List.of("a%b", "a_b", "axb", "a\\b", "ab", "x%", "xy", "%lead", "_lead", "lead")) {
            db.put(BUCKET, key);
        }
        List<String> keys = List.of(expected.split(",\\s*"));

        assertThat(scan(prefix, null, null)).extracting(v -> v.entry().key()).containsExactlyElementsOf(keys);
        assertThat(versions.scanCurrentObjects(BUCKET, prefix, null, 100))
                .extracting(ObjectVersion::key)
                .containsExactlyElementsOf(keys);
    }

    @Test
    void scansCurrentObjectsOnlySkippingDeleteMarkersAndOlderVersions() {
        db.put(BUCKET, "a");
        ObjectVersion a2 = db.put(BUCKET, "a");
        db.put(BUCKET, "gone");
        db.deleteMarker(BUCKET, "gone");
        ObjectVersion z = db.put(BUCKET, "z");

        assertThat(versions.scanCurrentObjects(BUCKET, "", null, 100)).containsExactly(a2, z);
        assertThat(versions.scanCurrentObjects(BUCKET, "", "a", 100)).containsExactly(z);
    }

    @Test
    void updatesTagsOfOneVersionOnly() {
        ObjectVersion v1 = db.put(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");

        versions.updateTags(BUCKET, "k", v1.versionId(), Map.of("project", "x"));

        assertThat(versions.find(BUCKET, "k", v1.versionId()))
                .get()
                .extracting(e -> ((ObjectVersion) e).tags())
                .isEqualTo(Map.of("project", "x"));
        assertThat(versions.find(BUCKET, "k", v2.versionId())).contains(v2);
    }

    @Test
    void updatesTheLockOfOneVersionWithoutTouchingAnythingElse() {
        // [R36]: changing lock metadata creates no version and keeps Last-Modified.
        ObjectVersion v1 = db.put(BUCKET, "k");
        ObjectVersion v2 = db.put(BUCKET, "k");
        ObjectLock lock = new ObjectLock(
                new Retention(RetentionMode.GOVERNANCE, Instant.parse("2031-02-03T04:05:06.789Z")), LegalHoldStatus.ON);

        versions.updateLock(BUCKET, "k", v1.versionId(), lock);

        ObjectVersion updated =
                (ObjectVersion) versions.find(BUCKET, "k", v1.versionId()).orElseThrow();
        assertThat(updated.lock()).isEqualTo(lock);
        assertThat(updated.lastModified()).isEqualTo(v1.lastModified());
        assertThat(versions.findCurrent(BUCKET, "k")).contains(v2);
        assertThat(scan("", null, null)).hasSize(2);

        versions.updateLock(BUCKET, "k", v1.versionId(), ObjectLock.NONE);
        assertThat(((ObjectVersion) versions.find(BUCKET, "k", v1.versionId()).orElseThrow()).lock())
                .isEqualTo(ObjectLock.NONE);
    }

    @Test
    void updatingTagsOrLockOfAVersionThatIsNotThereFailsNamingIt() {
        // Rows affected must be 1 (db-scheduler): a caller updating a version it did not just read is a bug.
        ObjectVersion v1 = db.put(BUCKET, "k");
        VersionId missing = VersionId.generate(999);

        assertThatThrownBy(() -> versions.updateTags(BUCKET, "k", missing, Map.of("project", "x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.value())
                .hasMessageContaining(BUCKET + "/k")
                .hasMessageContaining("0 rows");
        assertThatThrownBy(() -> versions.updateLock(BUCKET, "k", missing, ObjectLock.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.value())
                .hasMessageContaining("0 rows");
        assertThatThrownBy(() -> versions.updateLock("other", "k", v1.versionId(), ObjectLock.NONE))
                .as("the right id in the wrong bucket")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> versions.updateTags(BUCKET, "other-key", v1.versionId(), Map.of()))
                .as("the right id under the wrong key")
                .isInstanceOf(IllegalStateException.class);
        assertThat(versions.find(BUCKET, "k", v1.versionId())).contains(v1);
    }

    @Test
    void aFailedUpdateRollsBackTheTransactionItRanIn() {
        ObjectVersion v1 = db.put(BUCKET, "k");
        Map<String, String> tags = Map.of("project", "x");

        assertThatThrownBy(() -> db.jdbc().inTransaction(() -> {
                    versions.updateTags(BUCKET, "k", v1.versionId(), tags);
                    versions.updateTags(BUCKET, "k", VersionId.generate(999), tags);
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(versions.find(BUCKET, "k", v1.versionId())).contains(v1);
    }

    @Test
    void knowsWhetherABucketHoldsAnything() {
        assertThat(versions.anyInBucket(BUCKET)).isFalse();

        db.deleteMarker(BUCKET, "k");

        assertThat(versions.anyInBucket(BUCKET)).isTrue();
        assertThat(versions.blobIdsInBucket(BUCKET)).isEmpty();
    }

    private List<ListedVersion> scan(String prefix, String afterKey, Long afterSequence) {
        return versions.scanVersions(BUCKET, prefix, afterKey, afterSequence, 1000);
    }
}
