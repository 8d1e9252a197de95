package dev.objectlock.emulator.batch;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The thirteen job states of the S3 Control model; names are the exact wire values ([C.4, C.6]). */
public enum JobStatus {
    Active,
    Cancelled,
    Cancelling,
    Complete,
    Completing,
    Failed,
    Failing,
    New,
    Paused,
    Pausing,
    Preparing,
    Ready,
    Suspended;

    private static final Set<JobStatus> TERMINAL = EnumSet.of(Complete, Failed, Cancelled);

    /** Complete, Failed and Cancelled: nothing changes a job after it reaches one. */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Case-sensitive, as the SDKs send it. */
    public static Optional<JobStatus> fromWire(String value) {
        for (JobStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
