package dev.objectlock.emulator.lifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Periodic lifecycle runs of the standalone emulator ([R95]): every {@code interval}, while the clock
 * reads system time. A test that moves the clock gets its runs from the moves instead, so the
 * schedule stands aside then and never runs at a moment the test did not choose.
 */
public final class LifecycleSchedule implements AutoCloseable {

    private final ScheduledExecutorService executor;

    private LifecycleSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts the schedule; the first run comes one interval from now. */
    public static LifecycleSchedule start(Duration interval, BooleanSupplier systemTime, Runnable run) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the lifecycle interval must be positive, was " + interval);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "objectlock-lifecycle");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (systemTime.getAsBoolean()) {
                            run.run();
                        }
                    } catch (RuntimeException e) {
                        // a failed run (storage closing at shutdown) must not end the schedule
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
        return new LifecycleSchedule(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
