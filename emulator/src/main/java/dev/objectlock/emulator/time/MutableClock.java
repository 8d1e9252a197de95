package dev.objectlock.emulator.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one clock of an emulator. System time until a test sets or advances it; then a fixed
 * offset from system time, so time keeps moving (retention can expire while a test waits) but
 * starts wherever the test put it. Millisecond precision because that is what S3 stores and
 * returns for Last-Modified and retain-until dates.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private volatile Consumer<Instant> onMove = now -> {};

    /** A clock on system time (UTC). */
    public MutableClock() {
        this(Clock.systemUTC());
    }

    /**
     * A clock that moves with {@code base} instead of system time, for tests of the clock itself.
     *
     * @param base the time source offsets are added to
     */
    public MutableClock(Clock base) {
        this.base = base;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Moves the clock so that it reads {@code now} at this moment, and keeps ticking from there.
     *
     * @param now the time the clock reads from now on
     */
    public void set(Instant now) {
        offset.set(Duration.between(base.instant(), now));
        onMove.accept(instant());
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far to move it
     */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
        onMove.accept(instant());
    }

    /**
     * What runs after every {@link #set} and {@link #advance}, before they return, with the new time:
     * the emulator's lifecycle run, so a test that moves the clock sees the result at once [R95].
     * A return to system time ({@link #useSystemTime}) does not call it.
     *
     * @param action called with the new time; null for nothing
     */
    public void onMove(Consumer<Instant> action) {
        this.onMove = action == null ? now -> {} : action;
    }

    /** Returns to plain system time. */
    public void useSystemTime() {
        offset.set(Duration.ZERO);
    }

    /**
     * Whether the clock reads system time.
     *
     * @return true when never set or advanced, or returned to system time
     */
    public boolean isSystemTime() {
        return offset.get().isZero();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator clock is always UTC");
    }
}
