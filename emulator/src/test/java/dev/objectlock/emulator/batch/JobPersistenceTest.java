package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.ACCOUNT;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.storage.JdbcJobRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data-dir, jobs survive a restart: finished ones as they ended, waiting ones still waiting. */
class JobPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void aFinishedAndASuspendedJobAreStillThereAfterARestart() throws Exception {
        String done;
        String waiting;
        BatchJob before;
        try (ObjectLockEmulator first =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            createLockBucketWithObject(first);
            BatchJobService jobs = EmulatorInternals.batchJobs(first);
            StubManifests manifests = new StubManifests();
            jobs.useManifestResolver(manifests);
            String arn = manifests.manifest("one", List.of(target("kept", "k", null)));
            done = jobs.createJob(BatchSupport.job(
                    new JobOperation.PutObjectRetention(false, "GOVERNANCE", "2099-01-01T00:00:00Z"),
                    arn,
                    JobRequests.NO_REPORT));
            before = first.awaitJob(done);
            assertThat(before.progress().numberOfTasksSucceeded()).isEqualTo(1);
            jobs.putJobTagging(ACCOUNT, done, List.of(new Tag("kept", "yes")));
            waiting = jobs.createJob(JobRequests.with(
                    BatchSupport.job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT),
                    b -> b.confirmationRequired(true)));
            first.awaitJob(waiting, Duration.ofSeconds(30), JobStatus.Suspended);
        }

        try (ObjectLockEmulator second =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            BatchJobService jobs = EmulatorInternals.batchJobs(second);
            BatchJob after = jobs.describeJob(ACCOUNT, done);
            assertThat(after).isEqualTo(before);
            assertThat(after.status()).isEqualTo(JobStatus.Complete);
            assertThat(after.operation())
                    .isEqualTo(new JobOperation.PutObjectRetention(false, "GOVERNANCE", "2099-01-01T00:00:00Z"));
            assertThat(jobs.getJobTagging(ACCOUNT, done)).containsExactly(new Tag("kept", "yes"));
            assertThat(jobs.listJobs(ACCOUNT, Set.of(), null, 1000).jobs())
                    .extracting(BatchJob::jobId)
                    .containsExactlyInAnyOrder(done, waiting);

            // the manifest is read again when the job that waited is confirmed after the restart
            StubManifests manifests = new StubManifests();
            manifests.manifest("one", List.of(target("kept", "k", null)));
            jobs.useManifestResolver(manifests);
            assertThat(jobs.describeJob(ACCOUNT, waiting).status()).isEqualTo(JobStatus.Suspended);
            jobs.updateJobStatus(ACCOUNT, waiting, JobStatus.Ready, null);
            assertThat(second.awaitJob(waiting).status()).isEqualTo(JobStatus.Complete);
        }
    }

    @Test
    void aJobLeftQueuedRunsAfterARestartAndOneLeftActiveEndsFailed() throws Exception {
        String queued;
        String interrupted;
        StubManifests manifests = new StubManifests();
        String arn = manifests.manifest("one", List.of(target("kept", "k", null)));
        try (ObjectLockEmulator first =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            createLockBucketWithObject(first);
            BatchJobService jobs = EmulatorInternals.batchJobs(first);
            jobs.useManifestResolver(manifests);
            interrupted = jobs.createJob(
                    BatchSupport.job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));
            first.awaitJob(interrupted);
            // what a process killed in the middle of the job leaves behind
            JdbcJobRepository stored = new JdbcJobRepository((Jdbc) EmulatorInternals.transactions(first));
            JobRecord done = stored.find(interrupted).orElseThrow();
            Instant created = done.submitted().creationTime();
            stored.update(new JobRecord(
                    done.submitted(),
                    new JobRecord.Lifecycle(JobStatus.Active, null, List.of(), null, null, null),
                    new JobRecord.Progress(1, 0, 0, 0, created, null),
                    done.settings()));
            AutoCloseable held = jobs.holdRunner();
            queued = jobs.createJob(
                    BatchSupport.job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));
            assertThat(jobs.describeJob(ACCOUNT, queued).status()).isEqualTo(JobStatus.New);
            first.stop();
            held.close();
        }

        try (ObjectLockEmulator second =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            EmulatorInternals.batchJobs(second).useManifestResolver(manifests);
            BatchJob failed = second.awaitJob(interrupted);
            assertThat(failed.status()).isEqualTo(JobStatus.Failed);
            assertThat(failed.failureReasons())
                    .extracting(BatchJob.Failure::failureReason)
                    .containsExactly("The emulator stopped while the job was running; its tasks did not all run.");
            assertThat(second.awaitJob(queued).status()).isEqualTo(JobStatus.Complete);
        }
    }

    private static void createLockBucketWithObject(ObjectLockEmulator emulator) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        http.send(
                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/kept"))
                        .header("x-amz-bucket-object-lock-enabled", "true")
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        http.send(
                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/kept/k"))
                        .PUT(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
