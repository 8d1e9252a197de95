package dev.objectlock.emulator.batch;

/**
 * The answer to a wait for a batch job: the job once it reached a status it was awaited for (or
 * ended), or, when {@code timedOut}, the job as it was when the timeout passed first.
 */
public record AwaitedJob(BatchJob job, boolean timedOut) {}
