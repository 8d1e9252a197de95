package dev.objectlock.emulator.http.admin;

import java.time.Duration;
import java.time.Instant;

/** What the admin API may do to the emulator: the small surface it needs, never storage classes. */
public interface EmulatorControl {

    void reset();

    Instant now();

    boolean clockIsSystemTime();

    void setClock(Instant instant);

    void advanceClock(Duration duration);

    void useSystemTime();
}
