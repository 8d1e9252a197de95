package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/** The README's Batch Operations example, kept here so it always runs as written. */
class ReadmeBatchExampleTest {

    @Test
    void readmeBatchExampleRunsAsWritten() {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
             S3Client s3 = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .forcePathStyle(true).build()) {
            // a plain declaration, as in the README; the try below closes it
            S3ControlClient control = S3ControlClient.builder()
                    // the SDK's endpoint rules would call 123456789012.127.0.0.1: hand it the URL as is
                    .endpointProvider(params -> CompletableFuture.completedFuture(
                            Endpoint.builder().url(emulator.endpoint()).build()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();
            try (control) {
                s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                s3.putObject(b -> b.bucket("ledger").key("trade-1.csv"), RequestBody.fromString("1"));
                s3.putObject(b -> b.bucket("ledger").key("trade-2.csv"), RequestBody.fromString("2"));
                String etag = s3.putObject(b -> b.bucket("ledger").key("manifest.csv"),
                        RequestBody.fromString("ledger,trade-1.csv\nledger,trade-2.csv\n")).eTag();

                String jobId = control.createJob(b -> b.accountId(emulator.accountId())     // 123456789012
                        .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                        .manifest(m -> m
                                .spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                        .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                                .location(l -> l.objectArn("arn:aws:s3:::ledger/manifest.csv").eTag(etag)))
                        .report(r -> r.enabled(false))
                        .priority(10)
                        .roleArn("arn:aws:iam::123456789012:role/batch-operations")
                        .confirmationRequired(false)).jobId();

                BatchJob job = emulator.awaitJob(jobId);                // blocks until Complete: no sleeping
                // job.status() == Complete, job.progress(): 2 tasks, 2 succeeded, 0 failed
                ObjectLockLegalHoldStatus hold = s3.getObjectLegalHold(b -> b.bucket("ledger").key("trade-1.csv"))
                        .legalHold().status();                          // ON

                assertThat(job.status()).isEqualTo(JobStatus.Complete);
                assertThat(job.progress()).isEqualTo(new BatchJob.Progress(2, 2, 0, job.progress().elapsedTimeInActiveSeconds()));
                assertThat(hold).isEqualTo(ObjectLockLegalHoldStatus.ON);
                assertThat(control.describeJob(b -> b.accountId("123456789012").jobId(jobId)).job().statusAsString())
                        .isEqualTo("Complete");
            }
        }
    }
}
