package dev.objectlock.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jobs stored as JSON documents: every operation comes back as the record it was, and ListJobs' order. */
class JdbcJobRepositoryTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final JdbcJobRepository jobs = new JdbcJobRepository(db.jdbc());

    @AfterEach
    void close() {
        db.close();
    }

    private static JobRecord job(String id, String account, String token, JobOperation operation, JobStatus status,
                                 Instant created) {
        JobRequest request = new JobRequest(account, true, operation,
                new JobReport("arn:aws:s3:::r", "Report_CSV_20180820", true, "p", "AllTasks", null), token,
                new JobManifest(new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key")),
                        new JobManifest.Location("arn:aws:s3:::m/k.csv", null, "etag")),
                "d", 5, "arn:aws:iam::123456789012:role/r", List.of(new Tag("t", "v")), null);
        return new JobRecord(id, "arn:aws:s3:us-east-1:" + account + ":job/" + id, request, status, 5, 3, 2, 1, 1500,
                null, "why", List.of(new BatchJob.Failure("Code", "Reason")), created, null, T0, "cause",
                new BatchJob.GeneratedManifest("S3InventoryReport_CSV_20211130",
                        new JobManifest.Location("arn:aws:s3:::g/m.json", "v", "e")), List.of(new Tag("a", "b")));
    }

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    @Test
    void everyOperationComesBackAsTheRecordItWas() {
        List<JobOperation> operations = List.of(
                new JobOperation.PutObjectLegalHold("ON"),
                new JobOperation.PutObjectRetention(true, "COMPLIANCE", "2031-01-01T00:00:00Z"),
                new JobOperation.PutObjectTagging(List.of(new Tag("k", "v"))),
                new JobOperation.DeleteObjectTagging(),
                new JobOperation.PutObjectCopy("arn:aws:s3:::target", "pre/", null, "REPLACE", null,
                        new JobOperation.NewObjectMetadata("no-cache", null, null, null, Map.of("m", "1"),
                                "text/plain", null), List.of(new Tag("c", "d")), "STANDARD", null, "ON",
                        "GOVERNANCE", "2031-01-01T00:00:00Z", "CRC32"),
                new JobOperation.Unsupported("LambdaInvoke"));
        for (int i = 0; i < operations.size(); i++) {
            JobRecord stored = job(id(i), "123456789012", "t" + i, operations.get(i), JobStatus.Active, T0);
            assertThat(jobs.insert(stored)).isTrue();
            assertThat(jobs.find(id(i))).contains(stored);
        }
    }

    @Test
    void keepsAManifestGeneratorAndTheActiveTimer() {
        JobRecord base = job(id(1), "123456789012", "t", new JobOperation.PutObjectLegalHold("OFF"),
                JobStatus.Active, T0);
        JobRequest r = base.request();
        JobRequest generated = new JobRequest(r.accountId(), r.confirmationRequired(), r.operation(), r.report(),
                r.clientRequestToken(), null, r.description(), r.priority(), r.roleArn(), r.tags(),
                new JobManifestGenerator(null, "arn:aws:s3:::src", new JobManifestGenerator.OutputLocation(null,
                        "arn:aws:s3:::out", "pre", "SSE-S3", null, "S3InventoryReport_CSV_20211130"),
                        new JobManifestGenerator.Filter(null, null, null, List.of(), List.of("a/"), List.of(),
                                List.of(), 10L, null, List.of(), List.of()), true));
        JobRecord stored = new JobRecord(base.jobId(), base.jobArn(), generated, JobStatus.Active, 5, 0, 0, 0, 0,
                T0.plusMillis(1), null, List.of(), T0, null, null, null, null, List.of());

        jobs.insert(stored);

        assertThat(jobs.find(id(1))).contains(stored);
    }

    @Test
    void aTokenIsTakenOncePerAccount() {
        JobOperation op = new JobOperation.PutObjectLegalHold("ON");
        assertThat(jobs.insert(job(id(1), "123456789012", "same", op, JobStatus.New, T0))).isTrue();
        assertThat(jobs.insert(job(id(2), "123456789012", "same", op, JobStatus.New, T0))).isFalse();
        assertThat(jobs.insert(job(id(3), "210987654321", "same", op, JobStatus.New, T0))).isTrue();

        assertThat(jobs.findByToken("123456789012", "same")).map(JobRecord::jobId).contains(id(1));
        assertThat(jobs.findByToken("123456789012", "other")).isEmpty();
    }

    @Test
    void listsNewestFirstAfterAPositionWithAStatusFilter() {
        JobOperation op = new JobOperation.PutObjectLegalHold("ON");
        jobs.insert(job(id(1), "123456789012", "a", op, JobStatus.Complete, T0));
        jobs.insert(job(id(2), "123456789012", "b", op, JobStatus.Suspended, T0.plusSeconds(1)));
        jobs.insert(job(id(3), "123456789012", "c", op, JobStatus.Complete, T0.plusSeconds(1)));
        jobs.insert(job(id(4), "210987654321", "d", op, JobStatus.Complete, T0.plusSeconds(2)));

        assertThat(jobs.list("123456789012", Set.of(), null, 10)).extracting(JobRecord::jobId)
                .containsExactly(id(3), id(2), id(1));
        assertThat(jobs.list("123456789012", Set.of(), new JobRepository.Position(T0.plusSeconds(1), id(3)), 10))
                .extracting(JobRecord::jobId).containsExactly(id(2), id(1));
        assertThat(jobs.list("123456789012", Set.of(JobStatus.Complete), null, 1)).extracting(JobRecord::jobId)
                .containsExactly(id(3));
        assertThat(jobs.unfinished()).extracting(JobRecord::jobId).containsExactly(id(2));
    }

    @Test
    void updatesStatusAndDocumentAndDeletesAll() {
        JobRecord stored = job(id(1), "123456789012", "a", new JobOperation.PutObjectLegalHold("ON"), JobStatus.New, T0);
        jobs.insert(stored);

        jobs.update(stored.withStatus(JobStatus.Complete).withPriority(7));
        assertThat(jobs.find(id(1))).map(JobRecord::priority).contains(7);
        assertThat(jobs.list("123456789012", Set.of(JobStatus.Complete), null, 10)).hasSize(1);

        jobs.deleteAll();
        assertThat(jobs.find(id(1))).isEmpty();
    }

    @Test
    void deletesOneJobAndFreesItsToken() {
        JobOperation hold = new JobOperation.PutObjectLegalHold("ON");
        jobs.insert(job(id(1), "123456789012", "a", hold, JobStatus.Complete, T0));
        jobs.insert(job(id(2), "123456789012", "b", hold, JobStatus.Complete, T0));

        jobs.delete(id(1));
        jobs.delete(id(9));

        assertThat(jobs.find(id(1))).isEmpty();
        assertThat(jobs.findByToken("123456789012", "a")).isEmpty();
        assertThat(jobs.list("123456789012", Set.of(), null, 10)).extracting(JobRecord::jobId).containsExactly(id(2));
        assertThat(jobs.insert(job(id(3), "123456789012", "a", hold, JobStatus.New, T0))).isTrue();
    }
}
