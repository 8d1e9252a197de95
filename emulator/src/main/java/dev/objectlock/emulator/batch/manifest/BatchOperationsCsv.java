package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.TaskTarget;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code S3BatchOperations_CSV_20180820} manifest: no header row, one object per row, columns
 * in the order the job's {@code Spec.Fields} lists them (Ignore, Bucket, Key, VersionId), keys
 * URL-encoded (UG batch-ops-create-job "Creating a manifest file"; [C.7.2]).
 */
public final class BatchOperationsCsv {

    public static final String FORMAT = "S3BatchOperations_CSV_20180820";

    private BatchOperationsCsv() {}

    /** The tasks of a manifest whose columns are {@code fields}. */
    public static List<TaskTarget> parse(Reader manifest, List<String> fields) {
        List<TaskTarget> tasks = new ArrayList<>();
        ManifestRows.read(manifest, columns(fields), "Manifest", tasks);
        return tasks;
    }

    /** Where Bucket, Key and VersionId are among {@code fields}; Manifests.validate has vetted them at CreateJob. */
    static ManifestRows.Columns columns(List<String> fields) {
        if (fields == null || !fields.contains("Bucket") || !fields.contains("Key")) {
            throw ManifestFailures.invalid("The manifest Fields must name a Bucket and a Key column");
        }
        return new ManifestRows.Columns(
                fields.size(), fields.indexOf("Bucket"), fields.indexOf("Key"), fields.indexOf("VersionId"));
    }
}
