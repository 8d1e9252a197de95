package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlobReferencesTest {

    private final JdbcConnectionPool pool = JdbcConnectionPool.create(
            "jdbc:h2:mem:refs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Jdbc jdbc = new Jdbc(pool);

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void collectsEveryBlobIdColumnInEveryTable() {
        Migrations.apply(jdbc);
        jdbc.execute("CREATE TABLE upload_parts (upload_id VARCHAR(64), part_blob_id VARCHAR(64))");
        jdbc.update("INSERT INTO buckets VALUES ('b', 'us-east-1', 0, 'UNVERSIONED', FALSE, FALSE)");
        jdbc.update("INSERT INTO object_versions (bucket, object_key, version_id, seq, is_latest, delete_marker, "
                + "last_modified, blob_id) VALUES ('b', 'k', 'null', 1, TRUE, FALSE, 0, 'blob-1')");
        jdbc.update("INSERT INTO object_versions (bucket, object_key, version_id, seq, is_latest, delete_marker, "
                + "last_modified, blob_id) VALUES ('b', 'm', 'v2', 2, TRUE, TRUE, 0, NULL)");
        jdbc.update("INSERT INTO upload_parts VALUES ('u', 'part-7')");

        assertThat(BlobReferences.all(jdbc)).hasValueSatisfying(ids ->
                assertThat(ids).containsExactlyInAnyOrder("blob-1", "part-7"));
    }

    @Test
    void refusesToAnswerWhenABlobColumnBreaksTheNamingConvention() {
        Migrations.apply(jdbc);
        jdbc.execute("CREATE TABLE upload_parts (upload_id VARCHAR(64), blob_ref VARCHAR(64))");

        assertThat(BlobReferences.all(jdbc)).isEmpty();
    }

    @Test
    void refusesToAnswerWithoutAnyBlobColumn() {
        assertThat(BlobReferences.all(jdbc)).isEmpty();
    }
}
