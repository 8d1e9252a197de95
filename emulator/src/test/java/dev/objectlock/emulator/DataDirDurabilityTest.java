package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@code --data-dir} keeps every acknowledged write: the emulator runs in its own JVM, is killed
 * with SIGKILL right after the last write is acknowledged (no shutdown hook, no close), and a new
 * process on the same folder must show every bucket, version, body, metadata and delete marker.
 */
class DataDirDurabilityTest {

    private static final String VERSIONED = "durable-versioned";
    private static final String PLAIN = "durable-plain";

    @TempDir
    Path dataDir;

    private record Acknowledged(
            String v1, String v2, String markerId, String removedVersion, byte[] bigBody, String keptBeforeRemoved) {}

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws IOException {
        Acknowledged ack;
        try (EmulatorProcess first = EmulatorProcess.start(List.of(), "--port", "0", "--data-dir", dataDir.toString());
                S3Client s3 = S3Clients.forEndpoint(first.endpoint())) {
            ack = write(s3);
            first.kill();
            assertThat(first.isAlive()).isFalse();
        }
        // a body whose write was cut off before its metadata committed: nothing refers to it
        Path stray = Files.writeString(dataDir.resolve("blobs").resolve("0badc0de-stray-blob"), "half a body");

        try (EmulatorProcess second =
                        EmulatorProcess.start(List.of(), "--port", "0", "--data-dir", dataDir.toString());
                S3Client s3 = S3Clients.forEndpoint(second.endpoint())) {
            try {
                verify(s3, ack);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("after restart: " + e.getMessage() + "\n" + second.output(), e);
            }
            assertThat(stray).as("unreferenced blob removed on start").doesNotExist();
            assertThat(blobCount())
                    .as("one blob per stored version, nothing else")
                    .isEqualTo(5);
        }
    }

    @Test
    void survivesRepeatedKillsWhileWriting() {
        for (int round = 0; round < 2; round++) {
            try (EmulatorProcess p = EmulatorProcess.start(List.of(), "--port", "0", "--data-dir", dataDir.toString());
                    S3Client s3 = S3Clients.forEndpoint(p.endpoint())) {
                if (round == 0) {
                    s3.createBucket(b -> b.bucket(PLAIN));
                }
                for (int i = 0; i < round + 1; i++) {
                    String key = "round-" + i;
                    s3.putObject(b -> b.bucket(PLAIN).key(key), RequestBody.fromString(key));
                }
                assertThat(s3.listObjectsV2(b -> b.bucket(PLAIN)).keyCount()).isEqualTo(round + 1);
                p.kill();
            }
        }
    }

    @Test
    void secondProcessOnTheSameFolderRefusesToStart() {
        try (EmulatorProcess first = EmulatorProcess.start(List.of(), "--port", "0", "--data-dir", dataDir.toString());
                EmulatorProcess second =
                        EmulatorProcess.launch(List.of(), "--port", "0", "--data-dir", dataDir.toString())) {
            assertThat(second.awaitExit(java.time.Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(second.stderr())
                    .startsWith("objectlock-emulator: could not start: The file is locked")
                    .doesNotContain("\tat ");
            assertThat(first.isAlive()).isTrue();
        }
    }

    private Acknowledged write(S3Client s3) {
        s3.createBucket(b -> b.bucket(VERSIONED));
        s3.putBucketVersioning(
                b -> b.bucket(VERSIONED).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        String v1 = s3.putObject(
                        b -> b.bucket(VERSIONED)
                                .key("doc.txt")
                                .contentType("text/plain")
                                .metadata(Map.of("author", "alice")),
                        RequestBody.fromString("first draft"))
                .versionId();
        String v2 = s3.putObject(
                        b -> b.bucket(VERSIONED)
                                .key("doc.txt")
                                .contentType("text/markdown")
                                .cacheControl("no-cache")
                                .metadata(Map.of("author", "bob", "review", "done"))
                                .tagging("stage=final"),
                        RequestBody.fromString("# final"))
                .versionId();
        s3.putObject(b -> b.bucket(VERSIONED).key("gone.txt"), RequestBody.fromString("soon deleted"));
        DeleteObjectResponse marker = s3.deleteObject(b -> b.bucket(VERSIONED).key("gone.txt"));
        assertThat(marker.deleteMarker()).isTrue();
        String kept = s3.putObject(b -> b.bucket(VERSIONED).key("pruned.txt"), RequestBody.fromString("kept"))
                .versionId();
        String removed = s3.putObject(b -> b.bucket(VERSIONED).key("pruned.txt"), RequestBody.fromString("removed"))
                .versionId();
        s3.deleteObject(b -> b.bucket(VERSIONED).key("pruned.txt").versionId(removed));

        s3.createBucket(b -> b.bucket(PLAIN));
        byte[] big = new byte[3 << 20];
        new Random(42).nextBytes(big);
        s3.putObject(b -> b.bucket(PLAIN).key("a/b//c.bin"), RequestBody.fromString("overwritten"));
        s3.putObject(
                b -> b.bucket(PLAIN).key("a/b//c.bin").contentType("application/octet-stream"),
                RequestBody.fromBytes(big));
        return new Acknowledged(v1, v2, marker.versionId(), removed, big, kept);
    }

    private void verify(S3Client s3, Acknowledged ack) {
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactlyInAnyOrder(VERSIONED, PLAIN);
        assertThat(s3.getBucketVersioning(b -> b.bucket(VERSIONED)).status()).isEqualTo(BucketVersioningStatus.ENABLED);

        ListObjectVersionsResponse doc =
                s3.listObjectVersions(b -> b.bucket(VERSIONED).prefix("doc.txt"));
        assertThat(doc.versions())
                .extracting(ObjectVersion::versionId, ObjectVersion::isLatest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ack.v2(), true),
                        org.assertj.core.groups.Tuple.tuple(ack.v1(), false));

        ResponseBytes<GetObjectResponse> latest =
                s3.getObjectAsBytes(b -> b.bucket(VERSIONED).key("doc.txt"));
        assertThat(latest.asUtf8String()).isEqualTo("# final");
        assertThat(latest.response().versionId()).isEqualTo(ack.v2());
        assertThat(latest.response().contentType()).isEqualTo("text/markdown");
        assertThat(latest.response().cacheControl()).isEqualTo("no-cache");
        assertThat(latest.response().metadata()).isEqualTo(Map.of("author", "bob", "review", "done"));
        assertThat(s3.getObjectTagging(b -> b.bucket(VERSIONED).key("doc.txt")).tagSet())
                .containsExactly(Tag.builder().key("stage").value("final").build());

        ResponseBytes<GetObjectResponse> first =
                s3.getObjectAsBytes(b -> b.bucket(VERSIONED).key("doc.txt").versionId(ack.v1()));
        assertThat(first.asUtf8String()).isEqualTo("first draft");
        assertThat(first.response().contentType()).isEqualTo("text/plain");
        assertThat(first.response().metadata()).isEqualTo(Map.of("author", "alice"));

        ListObjectVersionsResponse gone =
                s3.listObjectVersions(b -> b.bucket(VERSIONED).prefix("gone.txt"));
        assertThat(gone.deleteMarkers())
                .extracting(DeleteMarkerEntry::versionId, DeleteMarkerEntry::isLatest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ack.markerId(), true));
        assertThat(gone.versions())
                .singleElement()
                .satisfies(v -> assertThat(v.isLatest()).isFalse());
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(VERSIONED).key("gone.txt")))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));

        ListObjectVersionsResponse pruned =
                s3.listObjectVersions(b -> b.bucket(VERSIONED).prefix("pruned.txt"));
        assertThat(pruned.versions()).extracting(ObjectVersion::versionId).containsExactly(ack.keptBeforeRemoved());

        ResponseBytes<GetObjectResponse> big =
                s3.getObjectAsBytes(b -> b.bucket(PLAIN).key("a/b//c.bin"));
        assertThat(big.asByteArray()).isEqualTo(ack.bigBody());
        assertThat(big.response().contentType()).isEqualTo("application/octet-stream");
        assertThat(s3.listObjectsV2(b -> b.bucket(PLAIN)).contents())
                .singleElement()
                .satisfies(o -> assertThat(o.key()).isEqualTo("a/b//c.bin"));
        assertThat(new String(
                        s3.getObjectAsBytes(b -> b.bucket(VERSIONED).key("pruned.txt"))
                                .asByteArray(),
                        StandardCharsets.UTF_8))
                .isEqualTo("kept");
    }

    private long blobCount() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("blobs"))) {
            return files.count();
        }
    }
}
