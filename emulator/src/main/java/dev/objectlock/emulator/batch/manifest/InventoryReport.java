package dev.objectlock.emulator.batch.manifest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code manifest.json} of an S3 Inventory report, which an {@code S3InventoryReport_CSV_20161130}
 * job names as its manifest. Shape from UG storage-inventory-location ("Inventory manifest"):
 *
 * <pre>{"sourceBucket": "example-source-bucket",
 *  "destinationBucket": "arn:aws:s3:::example-inventory-destination-bucket",
 *  "version": "2016-11-30", "creationTimestamp": "1514944800000", "fileFormat": "CSV",
 *  "fileSchema": "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, ...",
 *  "files": [{"key": "Inventory/.../files/939c6d46-85a9-4ba8-87bd-9db705a579ce.csv.gz",
 *             "size": 2147483647, "MD5checksum": "f11166069f1990abeb9c97ace9cdfabc"}]}</pre>
 *
 * The data files lie in the destination bucket and are gzip-compressed CSVs with the columns of
 * {@code fileSchema}. Batch Operations reads only CSV inventories (the format's name says so).
 */
public record InventoryReport(
        String sourceBucket,
        String destinationBucket,
        String version,
        String creationTimestamp,
        String fileFormat,
        String fileSchema,
        List<DataFile> files) {

    /** One {@code files[]} entry. */
    public record DataFile(String key, Long size, String md5Checksum) {}

    /** Parses a manifest.json; anything that is not one is a job failure. */
    public static InventoryReport parse(InputStream json) {
        InventoryReport report = ManifestJson.readInventory(json);
        if (report.destinationBucket() == null || report.fileSchema() == null || report.files() == null) {
            throw ManifestFailures.invalid(
                    "The inventory manifest must name its destinationBucket, fileSchema and files");
        }
        if (!"CSV".equalsIgnoreCase(report.fileFormat())) {
            throw ManifestFailures.invalid("The inventory manifest's fileFormat is " + report.fileFormat()
                    + "; S3InventoryReport_CSV_20161130 reads CSV inventories only");
        }
        return report;
    }

    /** The destination bucket's name, from its ARN (or taken as a name, as some writers put it). */
    public String destinationBucketName() {
        return Arns.bucket(destinationBucket).orElse(destinationBucket);
    }

    /** The columns of every data file, from {@code fileSchema} ("Bucket, Key, VersionId, ..."). */
    ManifestRows.Columns columns() {
        List<String> schema = new ArrayList<>(
                Arrays.stream(fileSchema.split(",")).map(String::trim).toList());
        if (!schema.contains("Bucket") || !schema.contains("Key")) {
            throw ManifestFailures.invalid(
                    "The inventory manifest's fileSchema must name Bucket and Key: " + fileSchema);
        }
        return new ManifestRows.Columns(
                schema.size(), schema.indexOf("Bucket"), schema.indexOf("Key"), schema.indexOf("VersionId"));
    }
}
