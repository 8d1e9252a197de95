package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.storage.jdbc.Jdbc;

/** Whole-database chores the composition root needs: emptying everything for a reset. */
public final class StorageMaintenance {

    private static final String[] TABLES_CHILD_FIRST = {
        "batch_jobs",
        "replication_tasks",
        "bucket_policies",
        "bucket_lifecycle",
        "bucket_replication",
        "bucket_acls",
        "object_version_acls",
        "multipart_upload_acls",
        "upload_parts",
        "multipart_uploads",
        "object_versions",
        "buckets"
    };

    private StorageMaintenance() {}

    /** Empties every table (cheaper than a restart; the schema stays). */
    public static void truncateAll(Jdbc jdbc) {
        jdbc.inTransaction(() -> {
            jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : TABLES_CHILD_FIRST) {
                jdbc.execute("TRUNCATE TABLE " + table);
            }
            jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
        });
    }
}
