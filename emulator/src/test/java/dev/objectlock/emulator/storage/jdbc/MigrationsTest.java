package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * A fresh database takes the one-pass schema; one that had only V1 goes through every later file.
     * Both must end with the same tables, columns (in the same order), indexes and constraints.
     */
    @Test
    void aFreshDatabaseGetsTheSchemaThatTheMigrationFilesBuild() {
        Migrations.apply(jdbc);
        JdbcConnectionPool olderPool = JdbcConnectionPool.create(
                "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Jdbc older = new Jdbc(olderPool);
        try {
            older.execute("CREATE TABLE schema_version (version INT NOT NULL)");
            for (String statement : statements(Migrations.FILES.get(0))) {
                older.execute(statement);
            }
            older.update("INSERT INTO schema_version (version) VALUES (1)");
            Migrations.apply(older);

            assertThat(Migrations.FRESH_SCHEMA).contains("/V" + Migrations.FRESH_VERSION + "__");
            assertThat(describe(jdbc)).isNotEmpty().isEqualTo(describe(older));
        } finally {
            older.execute("SHUTDOWN");
            olderPool.dispose();
        }
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
        List<String> scripts = new ArrayList<>();
        Migrations.FILES.forEach(file -> scripts.add("/db/migration/" + file));
        scripts.add(Migrations.FRESH_SCHEMA);
        for (String file : scripts) {
            try (InputStream in = Migrations.class.getResourceAsStream(file)) {
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

    /** Every column, index column and constraint column, with H2's generated names left out. */
    private static List<String> describe(Jdbc db) {
        List<String> rows = new ArrayList<>(db.query(
                "SELECT table_name, ordinal_position, column_name, data_type, character_maximum_length, is_nullable,"
                        + " is_generated, generation_expression, column_default FROM information_schema.columns"
                        + " WHERE table_schema = 'PUBLIC'",
                MigrationsTest::row));
        rows.addAll(db.query(
                "SELECT i.table_name, i.index_name, i.index_type_name, c.ordinal_position, c.column_name,"
                        + " c.ordering_specification FROM information_schema.indexes i"
                        + " JOIN information_schema.index_columns c ON c.index_schema = i.index_schema"
                        + " AND c.index_name = i.index_name WHERE i.table_schema = 'PUBLIC'",
                MigrationsTest::row));
        rows.addAll(db.query(
                "SELECT t.table_name, t.constraint_name, t.constraint_type, k.ordinal_position, k.column_name,"
                        + " r.unique_constraint_name, r.delete_rule FROM information_schema.table_constraints t"
                        + " JOIN information_schema.key_column_usage k ON k.constraint_schema = t.constraint_schema"
                        + " AND k.constraint_name = t.constraint_name"
                        + " LEFT JOIN information_schema.referential_constraints r"
                        + " ON r.constraint_schema = t.constraint_schema AND r.constraint_name = t.constraint_name"
                        + " WHERE t.table_schema = 'PUBLIC'",
                MigrationsTest::row));
        rows.addAll(db.query(
                "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'PUBLIC'",
                MigrationsTest::row));
        Collections.sort(rows);
        return rows;
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            String value = rs.getString(i);
            // PRIMARY_KEY_8, CONSTRAINT_4F, CONSTRAINT_INDEX_A: H2 names what the DDL left unnamed, by its own counter
            row.append(value == null ? "" : value.replaceAll("^(PRIMARY_KEY|CONSTRAINT)_\\w+$", "$1"))
                    .append('|');
        }
        return row.toString();
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
