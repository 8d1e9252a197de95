package dev.objectlock.junit;

// readme-snippet {
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.junit.EmulatorBucket;
import dev.objectlock.junit.EmulatorIdentities;
import dev.objectlock.junit.Identity;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRetentionRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ObjectLockEmulatorTest
@EmulatorIdentities("identities.json")                   // src/test/resources/identities.json
@EmulatorBucket(name = "ledger", objectLock = true)      // created by the root
class ReadmeIdentitiesExampleTest {

    @Test
    void appCannotShortenAGovernanceRetentionEvenWithTheBypassHeader(S3Client root, @Identity("app") S3Client app) {
        String v1 = app.putObject(b -> b.bucket("ledger").key("trade.csv").objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(Instant.now().plus(30, ChronoUnit.DAYS)),
                RequestBody.fromString("locked")).versionId();
        PutObjectRetentionRequest shorten = PutObjectRetentionRequest.builder()
                .bucket("ledger").key("trade.csv").versionId(v1).bypassGovernanceRetention(true)
                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                        .retainUntilDate(Instant.now().plus(1, ChronoUnit.DAYS)))
                .build();

        assertThatThrownBy(() -> app.putObjectRetention(shorten))       // a bug sends the bypass header:
                .isInstanceOf(S3Exception.class)                         // 403 AccessDenied, explicit deny
                .hasMessageContaining("s3:BypassGovernanceRetention");  // in an identity-based policy
        root.putObjectRetention(shorten);                                // the root may bypass
    }

    @Test
    void theAuditorReadsButCannotLiftALegalHold(S3Client root, @Identity("auditor") S3Client auditor) {
        root.putObject(b -> b.bucket("ledger").key("held.csv").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("held"));

        assertThat(auditor.getObjectAsBytes(b -> b.bucket("ledger").key("held.csv")).asUtf8String()).isEqualTo("held");
        assertThatThrownBy(() -> auditor.putObjectLegalHold(b -> b.bucket("ledger").key("held.csv")
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF))))
                .isInstanceOf(S3Exception.class)                         // 403 AccessDenied:
                .hasMessageContaining("s3:PutObjectLegalHold");         // no s3:PutObjectLegalHold
    }
}
// readme-snippet }
