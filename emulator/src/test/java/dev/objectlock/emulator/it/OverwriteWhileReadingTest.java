package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A GET racing an overwrite of the same key always gets one whole version, old or new, never an
 * error: on an unversioned bucket each overwrite releases the previous body, and the body must be
 * opened before that can happen (S3's read-after-write consistency, User Guide "Amazon S3 data
 * consistency model").
 */
class OverwriteWhileReadingTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    @Test
    void readsDuringOverwritesAlwaysSeeAWholeVersion() throws Exception {
        s3.createBucket("race");
        List<String> bodies = List.of("a".repeat(4096), "b".repeat(8192), "c".repeat(100));
        s3.put("race", "k", bodies.get(0));
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<String> seen = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    s3.put("race", "k", bodies.get(i % bodies.size()));
                }
                writing.set(false);
            });
            Future<?> reader = pool.submit(() -> {
                int reads = 0;
                while ((writing.get() || reads < 50) && reads < 2000) {
                    try {
                        String body = s3.read("race", "k");
                        synchronized (seen) {
                            seen.add(body);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    reads++;
                }
            });
            writer.get(60, TimeUnit.SECONDS);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures)
                .as("GETs that failed while the key was overwritten")
                .isEmpty();
        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(body -> assertThat(Set.copyOf(bodies)).contains(body));
    }
}
