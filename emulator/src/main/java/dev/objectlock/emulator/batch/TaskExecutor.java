package dev.objectlock.emulator.batch;

/**
 * Runs a job's operation on one object through the same domain service the matching API call
 * uses, so a task obeys every rule that call obeys. A refusal is a failed outcome, not an exception.
 */
@FunctionalInterface
public interface TaskExecutor {

    TaskOutcome run(TaskTarget target);
}
