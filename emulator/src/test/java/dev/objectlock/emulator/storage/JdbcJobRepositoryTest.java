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

    private static JobRecord job(
            String id, String account, String token, JobOperation operation, JobStatus status, Instant created) {
        JobRequest request = new JobRequest(
                account,
                true,
                operation,
                new JobReport("arn:aws:s3:::r", "Report_CSV_20180820", true, "p", "AllTasks", null),
                token,
                new JobManifest(
                        new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key")),
                        new JobManifest.Location("arn:aws:s3:::m/k.csv", null, "etag")),
                "d",
                5,
                "arn:aws:iam::123456789012:role/r",
                List.of(new Tag("t", "v")),
                null);
        return new JobRecord(
                new JobRecord.Submitted(id, "arn:aws:s3:us-east-1:" + account + ":job/" + id, request, created),
                new JobRecord.Lifecycle(
                        status, "why", List.of(new BatchJob.Failure("Code", "Reason")), null, T0, "cause"),
                new JobRecord.Progress(
                        3,
                        2,
                        1,
                        1500,
                        null,
                        new BatchJob.GeneratedManifest(
                                "S3InventoryReport_CSV_20211130",
                                new JobManifest.Location("arn:aws:s3:::g/m.json", "v", "e"))),
                new JobRecord.Settings(5, List.of(new Tag("a", "b"))));
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
                new JobOperation.PutObjectCopy(
                        "arn:aws:s3:::target",
                        "pre/",
                        null,
                        "REPLACE",
                        null,
                        new JobOperation.NewObjectMetadata(
                                "no-cache", null, null, null, Map.of("m", "1"), "text/plain", null),
                        List.of(new Tag("c", "d")),
                        "STANDARD",
                        null,
                        "ON",
                        "GOVERNANCE",
                        "2031-01-01T00:00:00Z",
                        "CRC32"),
                new JobOperation.Unsupported("LambdaInvoke"));
        for (int i = 0; i < operations.size(); i++) {
            JobRecord stored = job(id(i), "123456789012", "t" + i, operations.get(i), JobStatus.Active, T0);
            assertThat(jobs.insert(stored)).isTrue();
            assertThat(jobs.find(id(i))).contains(stored);
        }
    }

    @Test
    void keepsAManifestGeneratorAndTheActiveTimer() {
        JobRecord base =
                job(id(1), "123456789012", "t", new JobOperation.PutObjectLegalHold("OFF"), JobStatus.Active, T0);
        JobRequest r = base.request();
        JobRequest generated = new JobRequest(
                r.accountId(),
                r.confirmationRequired(),
                r.operation(),
                r.report(),
                r.clientRequestToken(),
                null,
                r.description(),
                r.priority(),
                r.roleArn(),
                r.tags(),
                new JobManifestGenerator(
                        null,
                        "arn:aws:s3:::src",
                        new JobManifestGenerator.OutputLocation(
                                null, "arn:aws:s3:::out", "pre", "SSE-S3", null, "S3InventoryReport_CSV_20211130"),
                        new JobManifestGenerator.Filter(
                                null,
                                null,
                                null,
                                List.of(),
                                List.of("a/"),
                                List.of(),
                                List.of(),
                                10L,
                                null,
                                List.of(),
                                List.of()),
                        true));
        JobRecord stored = new JobRecord(
                new JobRecord.Submitted(base.jobId(), base.submitted().jobArn(), generated, T0),
                new JobRecord.Lifecycle(JobStatus.Active, null, List.of(), null, null, null),
                new JobRecord.Progress(0, 0, 0, 0, T0.plusMillis(1), null),
                new JobRecord.Settings(5, List.of()));

        jobs.insert(stored);

        assertThat(jobs.find(id(1))).contains(stored);
    }

    /**
     * The document keeps the flat shape it had before JobRecord was grouped into parts (every field
     * side by side, as written by the emulator before then), so a --data-dir written by an earlier
     * emulator opens without a migration, and one written now opens in an earlier emulator.
     */
    @Test
    void storesTheSameFlatDocumentAsBeforeTheRecordWasGrouped() {
        String earlier = """
                {"jobId":"%s","jobArn":"arn","request":{"accountId":"123456789012","confirmationRequired":true,\
                "operation":{"@type":"dev.objectlock.emulator.batch.JobOperation$PutObjectLegalHold",\
                "legalHoldStatus":"ON"},"report":{"bucket":"arn:aws:s3:::r","format":"Report_CSV_20180820",\
                "enabled":true,"prefix":"p","reportScope":"AllTasks","expectedBucketOwner":null},\
                "clientRequestToken":"tok","manifest":null,"description":"d","priority":5,\
                "roleArn":"arn:aws:iam::123456789012:role/r","tags":[{"key":"t","value":"v"}],\
                "manifestGenerator":null},"status":"Active","priority":5,"totalTasks":3,"tasksSucceeded":2,\
                "tasksFailed":1,"activeMillis":1500,"activeSince":"2030-01-01T00:00:00Z","statusUpdateReason":"why",\
                "failureReasons":[{"failureCode":"C","failureReason":"R"}],"creationTime":"2030-01-01T00:00:00Z",\
                "terminationDate":null,"suspendedDate":null,"suspendedCause":"cause","generatedManifest":null,\
                "tags":[{"key":"a","value":"b"}]}""";
        JobRequest request = new JobRequest(
                "123456789012",
                true,
                new JobOperation.PutObjectLegalHold("ON"),
                new JobReport("arn:aws:s3:::r", "Report_CSV_20180820", true, "p", "AllTasks", null),
                "tok",
                null,
                "d",
                5,
                "arn:aws:iam::123456789012:role/r",
                List.of(new Tag("t", "v")),
                null);
        JobRecord job = new JobRecord(
                new JobRecord.Submitted(id(1), "arn", request, T0),
                new JobRecord.Lifecycle(
                        JobStatus.Active, "why", List.of(new BatchJob.Failure("C", "R")), null, null, "cause"),
                new JobRecord.Progress(3, 2, 1, 1500, T0, null),
                new JobRecord.Settings(5, List.of(new Tag("a", "b"))));

        jobs.insert(job);
        assertThat(db.jdbc().queryOne("SELECT job FROM batch_jobs WHERE job_id = ?", rs -> rs.getString(1), id(1)))
                .contains(earlier.formatted(id(1)));

        db.jdbc()
                .update(
                        "INSERT INTO batch_jobs (job_id, account_id, client_request_token, status, created_at, job) "
                                + "VALUES (?, '123456789012', 'earlier', 'Active', ?, ?)",
                        id(2),
                        T0.toEpochMilli(),
                        earlier.formatted(id(2)));
        assertThat(jobs.find(id(2)))
                .contains(new JobRecord(
                        new JobRecord.Submitted(id(2), "arn", request, T0),
                        job.lifecycle(),
                        job.progress(),
                        job.settings()));
    }

    @Test
    void aTokenIsTakenOncePerAccount() {
        JobOperation op = new JobOperation.PutObjectLegalHold("ON");
        assertThat(jobs.insert(job(id(1), "123456789012", "same", op, JobStatus.New, T0)))
                .isTrue();
        assertThat(jobs.insert(job(id(2), "123456789012", "same", op, JobStatus.New, T0)))
                .isFalse();
        assertThat(jobs.insert(job(id(3), "210987654321", "same", op, JobStatus.New, T0)))
                .isTrue();

        assertThat(jobs.findByToken("123456789012", "same"))
                .map(JobRecord::jobId)
                .contains(id(1));
        assertThat(jobs.findByToken("123456789012", "other")).isEmpty();
    }

    @Test
    void listsNewestFirstAfterAPositionWithAStatusFilter() {
        JobOperation op = new JobOperation.PutObjectLegalHold("ON");
        jobs.insert(job(id(1), "123456789012", "a", op, JobStatus.Complete, T0));
        jobs.insert(job(id(2), "123456789012", "b", op, JobStatus.Suspended, T0.plusSeconds(1)));
        jobs.insert(job(id(3), "123456789012", "c", op, JobStatus.Complete, T0.plusSeconds(1)));
        jobs.insert(job(id(4), "210987654321", "d", op, JobStatus.Complete, T0.plusSeconds(2)));

        assertThat(jobs.list("123456789012", Set.of(), null, 10))
                .extracting(JobRecord::jobId)
                .containsExactly(id(3), id(2), id(1));
        assertThat(jobs.list("123456789012", Set.of(), new JobRepository.Position(T0.plusSeconds(1), id(3)), 10))
                .extracting(JobRecord::jobId)
                .containsExactly(id(2), id(1));
        assertThat(jobs.list("123456789012", Set.of(JobStatus.Complete), null, 1))
                .extracting(JobRecord::jobId)
                .containsExactly(id(3));
        assertThat(jobs.unfinished()).extracting(JobRecord::jobId).containsExactly(id(2));
    }

    @Test
    void updatesStatusAndDocumentAndDeletesAll() {
        JobRecord stored =
                job(id(1), "123456789012", "a", new JobOperation.PutObjectLegalHold("ON"), JobStatus.New, T0);
        jobs.insert(stored);

        jobs.update(stored.movedTo(JobStatus.Complete, T0, null).with(new JobRecord.Settings(7, List.of())));
        assertThat(jobs.find(id(1))).map(j -> j.settings().priority()).contains(7);
        assertThat(jobs.list("123456789012", Set.of(JobStatus.Complete), null, 10))
                .hasSize(1);

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
        assertThat(jobs.list("123456789012", Set.of(), null, 10))
                .extracting(JobRecord::jobId)
                .containsExactly(id(2));
        assertThat(jobs.insert(job(id(3), "123456789012", "a", hold, JobStatus.New, T0)))
                .isTrue();
    }
}
