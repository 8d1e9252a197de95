package dev.objectlock.emulator.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobFailureException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The inventory manifest.json (UG storage-inventory-location "Inventory manifest" example) and its gzip data files. */
class InventoryReportTest {

    // The User Guide's example manifest, abridged to one file.
    private static final String EXAMPLE = """
            {
                "sourceBucket": "example-source-bucket",
                "destinationBucket": "arn:aws:s3:::example-inventory-destination-bucket",
                "version": "2016-11-30",
                "creationTimestamp" : "1514944800000",
                "fileFormat": "CSV",
                "fileSchema": "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, ETag, StorageClass, IsMultipartUploaded, ReplicationStatus, EncryptionStatus, ObjectLockRetainUntilDate, ObjectLockMode, ObjectLockLegalHoldStatus, IntelligentTieringAccessTier, BucketKeyStatus, ChecksumAlgorithm, ObjectAccessControlList, ObjectOwner",
                "files": [
                    {
                        "key": "Inventory/example-source-bucket/2016-11-06T21-32Z/files/939c6d46-85a9-4ba8-87bd-9db705a579ce.csv.gz",
                        "size": 2147483647,
                        "MD5checksum": "f11166069f1990abeb9c97ace9cdfabc"
                    }
                ]
            }""";

    private static InventoryReport parse(String json) {
        return InventoryReport.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheUserGuideExample() {
        InventoryReport report = parse(EXAMPLE);

        assertThat(report.destinationBucketName()).isEqualTo("example-inventory-destination-bucket");
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.key()).endsWith("939c6d46-85a9-4ba8-87bd-9db705a579ce.csv.gz");
            assertThat(f.size()).isEqualTo(2147483647L);
            assertThat(f.md5Checksum()).isEqualTo("f11166069f1990abeb9c97ace9cdfabc");
        });
        assertThat(report.columns()).isEqualTo(new ManifestRows.Columns(20, 0, 1, 2));
    }

    @Test
    void refusesWhatIsNotACsvInventoryManifest() {
        assertThatThrownBy(() -> parse("not json"))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("not a valid manifest.json");
        assertThatThrownBy(() -> parse(EXAMPLE.replace("\"CSV\"", "\"Parquet\"")))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("Parquet");
        assertThatThrownBy(() -> parse("{\"fileFormat\":\"CSV\",\"fileSchema\":\"Bucket, Key\"}"))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("destinationBucket");
        assertThatThrownBy(() -> parse(EXAMPLE.replace("Bucket, Key, VersionId", "Key, VersionId"))
                        .columns())
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("Bucket and Key");
    }

    // Inventory data files are .csv.gz; gzip is recognised by name or by its magic bytes 1f 8b.
    @Test
    void gunzipsByNameOrMagic() throws IOException {
        byte[] gz = gzip("\"b\",\"k\"\n");

        assertThat(read(ManifestObjects.gunzipIfCompressed(new ByteArrayInputStream(gz), "x.csv.gz")))
                .isEqualTo("\"b\",\"k\"\n");
        assertThat(read(ManifestObjects.gunzipIfCompressed(new ByteArrayInputStream(gz), "x.csv")))
                .isEqualTo("\"b\",\"k\"\n");
        assertThat(read(ManifestObjects.gunzipIfCompressed(
                        new ByteArrayInputStream("b,k\n".getBytes(StandardCharsets.UTF_8)), "x.csv")))
                .isEqualTo("b,k\n");
        assertThatThrownBy(() -> ManifestObjects.gunzipIfCompressed(
                        new ByteArrayInputStream("b,k\n".getBytes(StandardCharsets.UTF_8)), "x.csv.gz"))
                .isInstanceOf(IOException.class);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
