package dev.objectlock.emulator.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JobManifestGeneratorFilter (API reference): each criterion given must hold, any value of a
 * MatchAny list suffices, dates and sizes are exclusive bounds; storage class, encryption and
 * replication as the emulator models them (all STANDARD, all SSE-S3, nothing replicated).
 */
class GeneratorFilterTest {

    private static final Instant T = Instant.parse("2024-05-01T12:00:00Z");

    private static ObjectVersion object(String key, long size, Instant created) {
        return new ObjectVersion(
                "b",
                key,
                VersionId.NULL,
                1,
                created,
                size,
                "etag",
                ContentHeaders.defaults(),
                Map.of(),
                null,
                null,
                Map.of(),
                "blob",
                ObjectLock.NONE);
    }

    private static JobManifestGenerator.Filter filter() {
        return new JobManifestGenerator.Filter(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static boolean matches(JobManifestGenerator.Filter f, ObjectVersion v) {
        return GeneratorFilter.of(f).matches(v, null);
    }

    @Test
    void noFilterMatchesEverything() {
        assertThat(GeneratorFilter.of(null).matches(object("k", 0, T), null)).isTrue();
        assertThat(matches(filter(), object("k", 0, T))).isTrue();
    }

    // "includes only source bucket objects that were created after / before this time"
    @Test
    void createdAfterAndBeforeAreExclusive() {
        var f = new JobManifestGenerator.Filter(
                null,
                "2024-05-01T12:00:00Z",
                "2024-05-02T00:00:00.000+00:00",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(matches(f, object("k", 1, T))).isFalse();
        assertThat(matches(f, object("k", 1, T.plusMillis(1)))).isTrue();
        assertThat(matches(f, object("k", 1, Instant.parse("2024-05-02T00:00:00Z"))))
                .isFalse();
    }

    // KeyNameConstraint: MatchAnyPrefix, MatchAnySuffix, MatchAnySubstring; each list given must match.
    @Test
    void keyConstraintsMatchAnyValueOfEachList() {
        var f = new JobManifestGenerator.Filter(
                null,
                null,
                null,
                null,
                List.of("logs/", "img/"),
                List.of(".gz", ".png"),
                List.of("2024"),
                null,
                null,
                null,
                null);

        assertThat(matches(f, object("logs/2024-01.gz", 1, T))).isTrue();
        assertThat(matches(f, object("img/2024/cat.png", 1, T))).isTrue();
        assertThat(matches(f, object("img/2023/cat.png", 1, T)))
                .as("no substring")
                .isFalse();
        assertThat(matches(f, object("doc/2024.gz", 1, T))).as("no prefix").isFalse();
        assertThat(matches(f, object("logs/2024.txt", 1, T))).as("no suffix").isFalse();
    }

    @Test
    void emptyListsConstrainNothing() {
        var f = new JobManifestGenerator.Filter(
                null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of());

        assertThat(matches(f, object("k", 1, T))).isTrue();
    }

    // ObjectSizeGreaterThanBytes / ObjectSizeLessThanBytes: strict bounds.
    @Test
    void sizeBoundsAreStrict() {
        var f = new JobManifestGenerator.Filter(null, null, null, null, null, null, null, 10L, 20L, null, null);

        assertThat(matches(f, object("k", 10, T))).isFalse();
        assertThat(matches(f, object("k", 11, T))).isTrue();
        assertThat(matches(f, object("k", 19, T))).isTrue();
        assertThat(matches(f, object("k", 20, T))).isFalse();
    }

    @Test
    void everyObjectIsStandardAndSseS3() {
        var standard = new JobManifestGenerator.Filter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("GLACIER", "STANDARD"),
                List.of("SSE-S3"));
        var glacier = new JobManifestGenerator.Filter(
                null, null, null, null, null, null, null, null, null, List.of("GLACIER"), null);
        var kms = new JobManifestGenerator.Filter(
                null, null, null, null, null, null, null, null, null, null, List.of("SSE-KMS"));

        assertThat(matches(standard, object("k", 1, T))).isTrue();
        assertThat(matches(glacier, object("k", 1, T))).isFalse();
        assertThat(matches(kms, object("k", 1, T))).isFalse();
    }

    @Test
    void nothingIsEligibleForReplicationAndEverythingIsUnreplicated() {
        var eligible =
                new JobManifestGenerator.Filter(true, null, null, null, null, null, null, null, null, null, null);
        var notAsked =
                new JobManifestGenerator.Filter(false, null, null, null, null, null, null, null, null, null, null);
        var none = new JobManifestGenerator.Filter(
                null, null, null, List.of("NONE"), null, null, null, null, null, null, null);
        var completed = new JobManifestGenerator.Filter(
                null, null, null, List.of("COMPLETED", "FAILED"), null, null, null, null, null, null, null);

        assertThat(matches(eligible, object("k", 1, T))).isFalse();
        assertThat(matches(notAsked, object("k", 1, T))).isTrue();
        assertThat(matches(none, object("k", 1, T))).isTrue();
        assertThat(matches(completed, object("k", 1, T))).isFalse();
    }
}
