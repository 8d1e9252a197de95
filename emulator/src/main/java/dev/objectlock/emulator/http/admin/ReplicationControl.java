package dev.objectlock.emulator.http.admin;

import java.time.Duration;

/** What the admin API may do to replication: wait for it, hold it, and make a destination fail. */
public interface ReplicationControl {

    /** Tasks by state; {@code timedOut} when some were still pending as the wait gave up. */
    record Counts(long pending, long completed, long failed, boolean timedOut) {}

    /** Blocks until no replication task is pending or {@code timeout} passes. */
    Counts await(Duration timeout) throws InterruptedException;

    /** Versions stay PENDING until {@link #resume}. */
    void pause();

    void resume();

    /** Replication to this destination bucket ends FAILED until {@link #heal}. */
    void fail(String bucket);

    void heal(String bucket);
}
