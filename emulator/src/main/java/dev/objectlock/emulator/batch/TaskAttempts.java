package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.port.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a job's tasks one at a time, each in a savepoint of its chunk's transaction, and counts them. */
final class TaskAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(TaskAttempts.class);

    static final String INTERNAL_ERROR = "We encountered an internal error. Please try again.";

    private final Transactions tx;

    TaskAttempts(Transactions tx) {
        this.tx = tx;
    }

    /** Counts of one run, shared by the chunks of a job. */
    static final class Tally {
        long succeeded;
        long failed;
        boolean thresholdExceeded;
        boolean stopped;
        /** One stack trace per job is enough to diagnose; a systematic fault would repeat it per task. */
        boolean unexpectedLogged;

        long run() {
            return succeeded + failed;
        }
    }

    /**
     * One task in a savepoint of the chunk's transaction: when it fails, whatever it wrote before
     * failing is rolled back (with the blob deletions it queued), and the chunk goes on.
     */
    TaskOutcome runOne(String jobId, TaskExecutor executor, TaskTarget target, Tally tally) {
        try {
            return tx.inSavepoint(() -> {
                TaskOutcome outcome = executor.run(target);
                if (!outcome.succeeded()) {
                    throw new Refused(outcome);
                }
                return outcome;
            });
        } catch (Refused refused) {
            return refused.outcome;
        } catch (RuntimeException e) {
            if (!tally.unexpectedLogged) {
                tally.unexpectedLogged = true;
                LOG.warn(
                        "Batch job {}: task on {}/{} failed unexpectedly (further ones are logged at debug)",
                        jobId,
                        target.bucket(),
                        target.key(),
                        e);
            } else {
                LOG.debug("Batch job {}: task on {}/{} failed unexpectedly", jobId, target.bucket(), target.key(), e);
            }
            return TaskOutcome.failure(500, "InternalError", INTERNAL_ERROR);
        }
    }

    /** Carries a refused task's outcome out of its savepoint, so that the savepoint rolls back. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient TaskOutcome outcome;

        Refused(TaskOutcome outcome) {
            super(outcome.errorCode(), null, false, false);
            this.outcome = outcome;
        }
    }
}
