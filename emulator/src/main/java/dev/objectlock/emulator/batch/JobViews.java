package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import java.time.Instant;

/** A stored job as DescribeJob and ListJobs show it ([C.4]). */
final class JobViews {

    private JobViews() {}

    static BatchJob of(JobRecord job, Instant now) {
        JobRecord.Submitted s = job.submitted();
        JobRequest r = s.request();
        JobRecord.Lifecycle l = job.lifecycle();
        JobRecord.Progress p = job.progress();
        return new BatchJob(
                s.jobId(),
                r.accountId(),
                r.confirmationRequired(),
                r.description(),
                s.jobArn(),
                l.status(),
                r.manifest(),
                r.operation(),
                job.settings().priority(),
                new BatchJob.Progress(p.totalTasks(), p.tasksSucceeded(), p.tasksFailed(), p.elapsedActiveSeconds(now)),
                l.statusUpdateReason(),
                l.failureReasons(),
                r.report(),
                s.creationTime(),
                l.terminationDate(),
                r.roleArn(),
                l.suspendedDate(),
                l.suspendedCause(),
                r.manifestGenerator(),
                p.generatedManifest());
    }
}
