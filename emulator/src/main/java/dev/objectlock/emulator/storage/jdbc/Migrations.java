package dev.objectlock.emulator.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Applies the ordered {@code db/migration/V<n>__<what>.sql} files once each, recording the
 * applied version in a one-row table so a file-backed database is migrated forward on restart.
 */
public final class Migrations {

    /** Listed in order; a new file is added here and never edited once released. */
    static final List<String> FILES = List.of(
            "V1__buckets_and_versions.sql",
            "V2__multipart_uploads.sql",
            "V3__object_lock.sql",
            "V4__part_sizes.sql",
            "V5__batch_jobs.sql",
            "V6__bucket_policies.sql",
            "V7__key_byte_order.sql",
            "V8__acl_and_ownership_controls.sql",
            "V9__lifecycle_configuration.sql",
            "V10__replication_configuration.sql",
            "V11__replication.sql");

    private Migrations() {}

    public static void apply(Jdbc jdbc) {
        jdbc.inTransaction(() -> {
            jdbc.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            int applied = jdbc.queryOne("SELECT MAX(version) FROM schema_version", rs -> rs.getInt(1))
                    .orElse(0);
            for (int i = applied; i < FILES.size(); i++) {
                for (String statement : read(FILES.get(i)).split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        jdbc.execute(statement);
                    }
                }
                jdbc.update("DELETE FROM schema_version");
                jdbc.update("INSERT INTO schema_version (version) VALUES (?)", i + 1);
            }
        });
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the jar: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
