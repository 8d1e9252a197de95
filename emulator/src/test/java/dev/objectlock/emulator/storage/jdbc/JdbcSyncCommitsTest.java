package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-backed mode: changing commits are synced; the runner behaves the same otherwise. */
class JdbcSyncCommitsTest {

    @TempDir
    Path dir;

    @Test
    void transactionsAndAutoCommitUpdatesWorkWithSyncOn() {
        JdbcConnectionPool pool =
                JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "");
        try {
            Jdbc jdbc = new Jdbc(pool, true);
            jdbc.execute("CREATE TABLE t (v INT)");
            jdbc.update("INSERT INTO t VALUES (1)");
            jdbc.inTransaction(() -> jdbc.update("INSERT INTO t VALUES (2)"));
            Integer readOnly = jdbc.inTransaction(() ->
                    jdbc.queryOne("SELECT SUM(v) FROM t", rs -> rs.getInt(1)).orElseThrow());

            assertThat(readOnly).isEqualTo(3);
        } finally {
            pool.dispose();
        }
    }
}
