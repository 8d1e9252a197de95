package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.TaskTarget;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Turns the rows of a manifest CSV into tasks, given which column holds the bucket, the key and
 * (optionally) the version id. Shared by the Batch Operations CSV format, whose columns are the
 * job's {@code Spec.Fields}, and inventory data files, whose columns are the {@code fileSchema}.
 */
final class ManifestRows {

    /** Column positions; {@code versionId} is -1 when the manifest has no VersionId column. */
    record Columns(int count, int bucket, int key, int versionId) {}

    private ManifestRows() {}

    /**
     * Appends one task per row to {@code tasks}. Every row must have exactly {@code columns.count()}
     * fields; blank lines are allowed only at the end (an editor's trailing newline).
     *
     * <p>Version ids (UG batch-ops-create-job, troubleshooting-batch-operations "invalid-request";
     * [R43]): with a VersionId column an empty value stays {@code ""} and that task fails
     * later with "Task failed due to missing VersionId"; {@code null} names the null version; without
     * the column every task acts on the version current when it runs ([R44]).
     */
    static void read(Reader reader, Columns columns, String source, List<TaskTarget> tasks) {
        CsvReader csv = new CsvReader(reader);
        try {
            long firstBlank = -1;
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.blank()) {
                    firstBlank = firstBlank < 0 ? row.line() : firstBlank;
                    continue;
                }
                if (firstBlank >= 0) {
                    throw ManifestFailures.invalid(source + " line " + firstBlank + " is empty");
                }
                tasks.add(task(row, columns, source));
            }
        } catch (CharacterCodingException e) {
            throw ManifestFailures.invalid(source + " is not valid UTF-8");
        } catch (IOException e) {
            // A truncated or corrupt gzip stream, mostly: the manifest cannot be read to its end.
            throw ManifestFailures.invalid(source + " could not be read: " + e.getMessage());
        }
    }

    private static TaskTarget task(CsvReader.Row row, Columns columns, String source) {
        List<String> f = row.fields();
        if (f.size() != columns.count()) {
            throw ManifestFailures.invalid(source + " line " + row.line() + " has " + f.size()
                    + (f.size() == 1 ? " field" : " fields") + " where " + columns.count() + " are expected");
        }
        String bucket = f.get(columns.bucket());
        String rawKey = f.get(columns.key());
        if (bucket.isEmpty() || rawKey.isEmpty()) {
            throw ManifestFailures.invalid(source + " line " + row.line() + " has an empty bucket or key");
        }
        String key = KeyCodec.decode(rawKey)
                .orElseThrow(() -> ManifestFailures.invalid(
                        source + " line " + row.line() + ": the key is not valid URL encoding: " + rawKey));
        String versionId = columns.versionId() < 0 ? null : f.get(columns.versionId());
        return new TaskTarget(bucket, key, rawKey, versionId);
    }
}
