package dev.objectlock.emulator.batch;

import java.time.Instant;
import java.util.List;

/**
 * A job as DescribeJob shows it ([C.4]). A snapshot: the job may have moved on since.
 * Null members are absent from the answer.
 */
public record BatchJob(
        String jobId,
        String accountId,
        boolean confirmationRequired,
        String description,
        String jobArn,
        JobStatus status,
        JobManifest manifest,
        JobOperation operation,
        int priority,
        Progress progress,
        String statusUpdateReason,
        List<Failure> failureReasons,
        JobReport report,
        Instant creationTime,
        Instant terminationDate,
        String roleArn,
        Instant suspendedDate,
        String suspendedCause,
        JobManifestGenerator manifestGenerator,
        GeneratedManifest generatedManifestDescriptor) {

    /** {@code ProgressSummary} with its {@code Timers}. */
    public record Progress(
            long totalNumberOfTasks,
            long numberOfTasksSucceeded,
            long numberOfTasksFailed,
            long elapsedTimeInActiveSeconds) {}

    /** One {@code FailureReasons} member. */
    public record Failure(String failureCode, String failureReason) {}

    /** {@code GeneratedManifestDescriptor}: where a ManifestGenerator wrote the manifest it made. */
    public record GeneratedManifest(String format, JobManifest.Location location) {}
}
