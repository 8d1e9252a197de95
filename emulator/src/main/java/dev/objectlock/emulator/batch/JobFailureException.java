package dev.objectlock.emulator.batch;

/** Fails a whole job (not one task) with a {@code FailureReasons} entry, e.g. a manifest whose ETag does not match. */
public final class JobFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String failureCode;

    public JobFailureException(String failureCode, String failureReason) {
        super(failureReason, null, false, false);
        this.failureCode = failureCode;
    }

    public BatchJob.Failure failure() {
        return new BatchJob.Failure(failureCode, getMessage());
    }
}
