package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlobReferencesTest {

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:refs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Jdbc jdbc = new Jdbc(pool);

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void collectsEveryBlobIdColumnInEveryTable() {
        jdbc.execute("CREATE TABLE versions_t (k VARCHAR(10), blob_id VARCHAR(64))");
        jdbc.execute("CREATE TABLE parts_t (k VARCHAR(10), part_blob_id VARCHAR(64))");
        jdbc.update("INSERT INTO versions_t VALUES ('k', 'blob-1'), ('marker', NULL)");
        jdbc.update("INSERT INTO parts_t VALUES ('u', 'part-7')");

        assertThat(BlobReferences.all(jdbc))
                .hasValueSatisfying(ids -> assertThat(ids).containsExactlyInAnyOrder("blob-1", "part-7"));
    }

    @Test
    void theRealSchemaFollowsTheConvention() {
        Migrations.apply(jdbc);

        assertThat(BlobReferences.all(jdbc))
                .as("every blob column of db/migration is named *blob_id")
                .isPresent();
    }

    @Test
    void refusesToAnswerWhenABlobColumnBreaksTheNamingConvention() {
        jdbc.execute("CREATE TABLE versions_t (k VARCHAR(10), blob_id VARCHAR(64))");
        jdbc.execute("CREATE TABLE parts_t (k VARCHAR(10), blob_ref VARCHAR(64))");

        assertThat(BlobReferences.all(jdbc)).isEmpty();
    }

    @Test
    void refusesToAnswerWithoutAnyBlobColumn() {
        assertThat(BlobReferences.all(jdbc)).isEmpty();
    }
}
