package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ordered migration files applied once each to an in-memory H2 database (the house rules in CONTRIBUTING.md). */
class MigrationsTest {

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Jdbc jdbc = new Jdbc(pool);

    @AfterEach
    void close() {
        jdbc.execute("SHUTDOWN");
        pool.dispose();
    }

    @Test
    void createsTheSchemaAndRecordsTheVersion() {
        Migrations.apply(jdbc);

        assertThat(tables()).contains("BUCKETS", "OBJECT_VERSIONS", "SCHEMA_VERSION");
        assertThat(schemaVersions()).containsExactly(Migrations.FILES.size());
    }

    @Test
    void appliesNothingTwice() {
        Migrations.apply(jdbc);
        jdbc.update(
                "INSERT INTO buckets (name, region, created_at, versioning, mfa_delete_configured, object_lock_enabled)"
                        + " VALUES ('kept', 'us-east-1', 0, 'ENABLED', FALSE, FALSE)");

        Migrations.apply(jdbc);

        assertThat(schemaVersions()).containsExactly(Migrations.FILES.size());
        assertThat(jdbc.query("SELECT name FROM buckets", rs -> rs.getString(1)))
                .containsExactly("kept");
    }

    @Test
    void migratesADatabaseOfAnOlderVersionForward() {
        // A --data-dir database written by an older emulator has only the first migration applied.
        jdbc.execute("CREATE TABLE schema_version (version INT NOT NULL)");
        for (String statement : statements(Migrations.FILES.get(0))) {
            jdbc.execute(statement);
        }
        jdbc.update("INSERT INTO schema_version (version) VALUES (1)");
        jdbc.update(
                "INSERT INTO buckets (name, region, created_at, versioning, mfa_delete_configured, object_lock_enabled)"
                        + " VALUES ('old', 'us-east-1', 0, 'UNVERSIONED', FALSE, FALSE)");

        Migrations.apply(jdbc);

        assertThat(schemaVersions()).containsExactly(Migrations.FILES.size());
        assertThat(jdbc.query("SELECT name FROM buckets", rs -> rs.getString(1)))
                .containsExactly("old");
    }

    @Test
    void listsMigrationFilesInVersionOrder() {
        for (int i = 0; i < Migrations.FILES.size(); i++) {
            assertThat(Migrations.FILES.get(i)).startsWith("V" + (i + 1) + "__").endsWith(".sql");
            assertThat(Migrations.class.getResource("/db/migration/" + Migrations.FILES.get(i)))
                    .isNotNull();
        }
    }

    @Test
    void neverUsesTheDatabaseClock() {
        // ARCHITECTURE.md: time is a bound parameter, never CURRENT_TIMESTAMP.
        for (String file : Migrations.FILES) {
            try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + file)) {
                String statements = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.strip().startsWith("--"))
                        .map(line -> line.toUpperCase(Locale.ROOT))
                        .reduce("", (a, b) -> a + b + "\n");
                assertThat(statements)
                        .as(file)
                        .doesNotContain("CURRENT_TIMESTAMP")
                        .doesNotContain("NOW()")
                        .doesNotContain("SYSDATE");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> statements(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
            return List.of(sql.split(";\\s*\n")).stream()
                    .filter(st -> !st.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> tables() {
        return jdbc.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'",
                rs -> rs.getString(1));
    }

    private List<Integer> schemaVersions() {
        return jdbc.query("SELECT version FROM schema_version", rs -> rs.getInt(1));
    }
}
