package dev.objectlock.emulator.replication;

/**
 * Replication tasks by state, as a wait reports them; {@code timedOut} when tasks were still
 * pending when the wait gave up.
 */
public record ReplicationCounts(long pending, long completed, long failed, boolean timedOut) {}
