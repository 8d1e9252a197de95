package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Storage prepared in the background: nobody sees the schema before it is complete. */
class JdbcPreparationTest {

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:prep-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Jdbc jdbc = new Jdbc(pool);

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void callersWaitUntilThePreparationIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> prepared = jdbc.prepareInBackground(j -> {
            j.execute("CREATE TABLE t (v INT)");
            await(release);
            j.update("INSERT INTO t VALUES (1)");
        });
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() ->
                jdbc.queryOne("SELECT COUNT(*) FROM t", rs -> rs.getInt(1)).orElseThrow());

        Thread.sleep(100);
        assertThat(reader).isNotDone();
        release.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(prepared).isCompleted();
    }

    @Test
    void aFailedPreparationFailsEveryCaller() {
        IllegalStateException broken = new IllegalStateException("migration 7 is broken");
        CompletableFuture<Void> prepared = jdbc.prepareInBackground(j -> {
            throw broken;
        });

        assertThatThrownBy(() -> jdbc.query("SELECT 1", rs -> 1)).isSameAs(broken);
        assertThat(prepared).isCompletedExceptionally();
    }

    @Test
    void withoutPreparationNothingWaits() {
        assertThat(jdbc.queryOne("SELECT 41 + 1", rs -> rs.getInt(1))).contains(42);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
