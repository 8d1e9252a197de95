package dev.objectlock.emulator.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Applies the ordered {@code db/migration/V<n>__<what>.sql} files once each, recording the
 * applied version in a one-row table so a file-backed database is migrated forward on restart.
 * A database without a schema (every in-memory one) gets {@link #FRESH_SCHEMA} instead, the
 * schema of {@link #FRESH_VERSION} in one pass, and then any newer files.
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

    /** The schema V1 to V9 build, without H2's table rebuild per ALTER TABLE; MigrationsTest keeps it equal. */
    static final String FRESH_SCHEMA = "/db/fresh/V9__schema.sql";

    static final int FRESH_VERSION = 9;

    private Migrations() {}

    public static void apply(Jdbc jdbc) {
        jdbc.inTransaction(() -> {
            jdbc.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            int applied = jdbc.queryOne("SELECT MAX(version) FROM schema_version", rs -> rs.getInt(1))
                    .orElse(0);
            int from = applied;
            if (applied == 0) {
                run(jdbc, FRESH_SCHEMA);
                from = FRESH_VERSION;
            }
            for (int i = from; i < FILES.size(); i++) {
                run(jdbc, "/db/migration/" + FILES.get(i));
            }
            if (applied != FILES.size()) {
                jdbc.update("DELETE FROM schema_version");
                jdbc.update("INSERT INTO schema_version (version) VALUES (?)", FILES.size());
            }
        });
    }

    private static void run(Jdbc jdbc, String resource) {
        for (String statement : read(resource).split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(file)) {
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
