package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The README's "Permissions" document without JUnit: the emulator built with it, clients made by hand.
 * (The README's example itself is {@code ReadmeIdentitiesExampleTest} in {@code junit-extension}.)
 */
class ReadmePermissionsExampleTest {

    @Test
    void readmePermissionsExampleRunsAsWritten() {
        String identities = """
                {"root":  {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
                 "users": [{"name": "app", "accessKeyId": "AKIAAPP000000000000", "secretAccessKey": "app-secret",
                            "policies": [{"Version": "2012-10-17", "Statement": [
                                {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                                {"Effect": "Deny", "Action": "s3:BypassGovernanceRetention", "Resource": "*"}]}]}]}
                """;
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().identities(identities).build().start();
             S3Client root = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                     .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("AKIAROOT00000000000", "root-secret"))).build();
             S3Client app = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                     .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("AKIAAPP000000000000", "app-secret"))).build()) {
            root.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
            Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String v1 = app.putObject(b -> b.bucket("ledger").key("trade.csv")
                            .objectLockMode(ObjectLockMode.GOVERNANCE).objectLockRetainUntilDate(until),
                    RequestBody.fromString("locked")).versionId();

            try {   // a bug sends the bypass header: app still cannot shorten the retention
                app.putObjectRetention(b -> b.bucket("ledger").key("trade.csv").versionId(v1)
                        .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                .retainUntilDate(Instant.now().plus(1, ChronoUnit.DAYS)))
                        .bypassGovernanceRetention(true));
                throw new IllegalStateException("app shortened a GOVERNANCE retention");
            } catch (S3Exception e) {
                // 403 AccessDenied: User: arn:aws:iam::123456789012:user/app is not authorized to perform:
                // s3:BypassGovernanceRetention on resource: "arn:aws:s3:::ledger/trade.csv"
                // with an explicit deny in an identity-based policy
                System.out.println(e.statusCode() + " " + e.awsErrorDetails().errorMessage());
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::123456789012:user/app "
                        + "is not authorized to perform: s3:BypassGovernanceRetention on resource: "
                        + "\"arn:aws:s3:::ledger/trade.csv\" with an explicit deny in an identity-based policy");
            }
            assertThat(root.getObjectRetention(b -> b.bucket("ledger").key("trade.csv").versionId(v1)).retention()
                    .retainUntilDate()).isEqualTo(until);
        }
    }
}
