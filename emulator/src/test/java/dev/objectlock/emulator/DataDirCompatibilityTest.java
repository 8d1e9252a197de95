package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.storage.jdbc.SqlRuntimeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * A {@code --data-dir} written by an earlier emulator opens in this one, and one that H2 cannot read
 * fails to start with a sentence instead of H2's stack trace.
 *
 * <p>The fixture {@code datadir-h2-2.3.232} was written by the emulator while it used H2 2.3.232
 * (schema V5), then compacted with H2 2.3.232's {@code SHUTDOWN COMPACT}: bucket {@code rich-bucket}
 * with Object Lock (default retention COMPLIANCE, 1 day), key {@code k1} (one version under a delete
 * marker), key {@code locked} (GOVERNANCE until 2030, legal hold, tags, metadata, a mixed-case
 * Content-Type), key {@code dflt} (locked by the default retention) and an unfinished multipart
 * upload of {@code mp}.
 */
class DataDirCompatibilityTest {

    private static final String BUCKET = "rich-bucket";

    @TempDir
    Path dataDir;

    @Test
    void dataDirWrittenWithH2_2_3OpensWithEverythingInIt() throws Exception {
        copyFixture("datadir-h2-2.3.232");

        try (ObjectLockEmulator emulator =
                        ObjectLockEmulator.builder().dataDir(dataDir).build().start();
                S3Client s3 = S3Clients.forEndpoint(emulator.endpoint())) {
            ListObjectVersionsResponse versions = s3.listObjectVersions(b -> b.bucket(BUCKET));
            assertThat(versions.versions()).extracting(ObjectVersion::key).containsExactly("dflt", "k1", "locked");
            assertThat(versions.deleteMarkers())
                    .singleElement()
                    .satisfies(m -> assertThat(m.key()).isEqualTo("k1"));

            String locked = versions.versions().get(2).versionId();
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("locked")).asString(StandardCharsets.UTF_8))
                    .isEqualTo("two");
            HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("locked"));
            assertThat(head.contentType()).isEqualTo("Text/Plain");
            assertThat(head.metadata()).isEqualTo(Map.of("foo", "bar"));
            assertThat(head.objectLockMode()).hasToString("GOVERNANCE");
            assertThat(head.objectLockRetainUntilDate()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
            assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("locked")).tagSet())
                    .containsExactly(
                            Tag.builder().key("a").value("b").build(),
                            Tag.builder().key("c").value("d").build());
            assertThat(s3.getObjectRetention(b -> b.bucket(BUCKET).key("dflt"))
                            .retention()
                            .mode())
                    .isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
            assertThat(s3.getObjectLockConfiguration(b -> b.bucket(BUCKET))
                            .objectLockConfiguration()
                            .rule()
                            .defaultRetention()
                            .days())
                    .isEqualTo(1);
            assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads())
                    .singleElement()
                    .satisfies(u -> assertThat(u.key()).isEqualTo("mp"));

            // the lock still holds: the version cannot be removed
            assertThatThrownBy(() ->
                            s3.deleteObject(b -> b.bucket(BUCKET).key("locked").versionId(locked)))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    @Test
    void damagedDatabaseFailsWithASentenceThatNamesTheFolder() throws IOException {
        Files.createDirectories(dataDir.resolve("db"));
        Files.write(dataDir.resolve("db").resolve("objectlock.mv.db"), new byte[8192]);

        assertThatThrownBy(() ->
                        ObjectLockEmulator.builder().dataDir(dataDir).build().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot read the database in "
                        + dataDir.toAbsolutePath().normalize()
                        + ": it is damaged, or an H2 version with another file format wrote it (H2 says: "
                        + "Store header is corrupt: ")
                .hasMessageEndingWith("move it away to start with an empty data directory.")
                .hasCauseInstanceOf(SqlRuntimeException.class);
    }

    /** Which of H2's refusals mean "this file cannot be read" (a decision table over H2's error codes). */
    @Test
    void onlyH2sUnreadableFileErrorsAreExplained() {
        Map<Integer, Boolean> explained = Map.of(
                90030, true, // FILE_CORRUPTED_1: damaged, or a header H2 does not recognise
                90048, true, // FILE_VERSION_ERROR_1: a file format older or newer than this H2's
                90020, false, // DATABASE_ALREADY_OPEN_1: another process holds the file (said as it is)
                42102, false); // TABLE_OR_VIEW_NOT_FOUND_1: a bug, not the folder's fault
        explained.forEach((code, expected) -> {
            RuntimeException failure =
                    new SqlRuntimeException("transaction failed", new SQLException("H2 error " + code, "HY000", code));
            assertThat(UnreadableDataDirException.explain(dataDir, failure) != failure)
                    .as("H2 error %d", code)
                    .isEqualTo(expected);
        });
    }

    private void copyFixture(String name) throws IOException, URISyntaxException {
        Path fixture = Path.of(
                Objects.requireNonNull(getClass().getResource("/" + name)).toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = dataDir.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
