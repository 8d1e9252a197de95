package dev.objectlock.emulator.batch;

/**
 * When too many tasks fail, the job fails ([R41]): only once at least 1,000 tasks have run, and
 * then as soon as more than half of those run have failed. Below 1,000 a job with every task
 * failed still completes.
 */
final class TaskFailureThreshold {

    static final long MIN_TASKS_RUN = 1000;
    static final String FAILURE_CODE = "TaskFailureThresholdExceeded";

    private TaskFailureThreshold() {}

    static boolean exceeded(long tasksRun, long tasksFailed) {
        return tasksRun >= MIN_TASKS_RUN && tasksFailed * 2 > tasksRun;
    }

    static BatchJob.Failure failure(long tasksRun, long tasksFailed) {
        return new BatchJob.Failure(
                FAILURE_CODE,
                "The job failed because the task failure rate exceeded 50% after " + "at least " + MIN_TASKS_RUN
                        + " tasks had run (" + tasksFailed + " of " + tasksRun + " failed).");
    }
}
