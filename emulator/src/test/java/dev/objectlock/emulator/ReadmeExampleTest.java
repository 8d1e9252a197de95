package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/** The README's "Using it from Java" example, kept here so it always compiles and runs as written. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRunsAsWritten() {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
             S3Client s3 = S3Client.builder()
                     .endpointOverride(emulator.endpoint())          // http://127.0.0.1:<free port>
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .forcePathStyle(true)
                     .build()) {
            s3.createBucket(b -> b.bucket("records"));
            s3.putBucketVersioning(b -> b.bucket("records")
                    .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            String v1 = s3.putObject(b -> b.bucket("records").key("trade.csv"), RequestBody.fromString("first")).versionId();
            String v2 = s3.putObject(b -> b.bucket("records").key("trade.csv"), RequestBody.fromString("second")).versionId();
            List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket("records")).versions();
            // versions: [v2 (latest), v1]
            assertThat(versions).extracting(ObjectVersion::versionId).containsExactly(v2, v1);
            assertThat(versions.get(0).isLatest()).isTrue();
            emulator.reset();                                     // empty again, in about a millisecond
            assertThat(s3.listBuckets().buckets()).isEmpty();
        }
    }
}
