package dev.objectlock.junit;

// readme-snippet {
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.junit.BatchJobs;
import dev.objectlock.junit.EmulatorBucket;
import dev.objectlock.junit.EmulatorIdentities;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

@ObjectLockEmulatorTest
@EmulatorIdentities("job-role.json")                     // src/test/resources/job-role.json
@EmulatorBucket(name = "ledger", objectLock = true)
@EmulatorBucket(name = "reports")
class ReadmeJobRoleExampleTest {

    @Test
    void aJobWhoseRoleLacksPutObjectLegalHoldFailsEveryTaskUntilTheRoleMay(
            S3Client root, S3ControlClient control, BatchJobs jobs, ObjectLockEmulator emulator) throws Exception {
        List<String> keys = List.of("trade-1.csv", "trade-2.csv");
        for (String key : keys) {
            root.putObject(b -> b.bucket("ledger").key(key).objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                    RequestBody.fromString(key));
        }
        String etag = root.putObject(b -> b.bucket("ledger").key("manifest.csv"),
                RequestBody.fromString("ledger,trade-1.csv\nledger,trade-2.csv\n")).eTag();
        CreateJobRequest liftHolds = CreateJobRequest.builder()
                .accountId(emulator.accountId()).roleArn("arn:aws:iam::123456789012:role/batch-ops")
                .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.OFF))))
                .manifest(m -> m.spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l -> l.objectArn("arn:aws:s3:::ledger/manifest.csv").eTag(etag)))
                .report(r -> r.enabled(true).bucket("arn:aws:s3:::reports").format("Report_CSV_20180820")
                        .reportScope(JobReportScope.ALL_TASKS))
                .priority(10).confirmationRequired(false)
                .build();

        BatchJob refused = jobs.await(control.createJob(liftHolds).jobId());   // runs as the role batch-ops
        assertThat(refused.progress().numberOfTasksFailed()).isEqualTo(2);     // Complete, every task failed:
        String report = root.listObjectsV2(b -> b.bucket("reports").prefix("job-" + refused.jobId() + "/results/"))
                .contents().stream()
                .map(o -> root.getObjectAsBytes(b -> b.bucket("reports").key(o.key())).asUtf8String())
                .reduce("", String::concat);
        assertThat(report.lines()).hasSize(2).allSatisfy(row -> assertThat(row)
                .contains(",failed,403,AccessDenied,")                           // ... is not authorized to perform:
                .contains("s3:PutObjectLegalHold"));                             // s3:PutObjectLegalHold ...

        String granted = new String(getClass().getResourceAsStream("/job-role.json").readAllBytes(), UTF_8)
                .replace("\"s3:PutObject\"]", "\"s3:PutObject\", \"s3:PutObjectLegalHold\"]");
        HttpResponse<Void> put = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(emulator.endpoint().resolve("/_emulator/identities"))
                        .PUT(HttpRequest.BodyPublishers.ofString(granted)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(put.statusCode()).isEqualTo(204);                             // the role may now

        BatchJob allowed = jobs.await(control.createJob(liftHolds).jobId());
        assertThat(allowed.progress().numberOfTasksSucceeded()).isEqualTo(2);
        for (String key : keys) {
            assertThat(root.getObjectLegalHold(b -> b.bucket("ledger").key(key)).legalHold().status())
                    .isEqualTo(ObjectLockLegalHoldStatus.OFF);
        }
    }
}
// readme-snippet }
