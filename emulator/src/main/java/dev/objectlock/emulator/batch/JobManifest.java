package dev.objectlock.emulator.batch;

import java.util.List;

/** CreateJob {@code Manifest}: what the manifest object is and where it is ([C.3]). */
public record JobManifest(Spec spec, Location location) {

    /** {@code Format} (S3BatchOperations_CSV_20180820 or S3InventoryReport_CSV_20161130) and the CSV {@code Fields}. */
    public record Spec(String format, List<String> fields) {}

    /** {@code ObjectArn} ({@code arn:aws:s3:::bucket/key}), an optional {@code ObjectVersionId} and the {@code ETag}. */
    public record Location(String objectArn, String objectVersionId, String etag) {}
}
