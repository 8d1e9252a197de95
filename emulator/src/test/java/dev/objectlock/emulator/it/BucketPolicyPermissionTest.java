package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.it.SecuredIdentities.Callers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * Bucket policies in secured mode ([P.9], P50, P57-P63), set through the test hook until the
 * bucket policy API exists: the documented maximum-retention policy, an explicit Deny in a bucket
 * policy, a public read, and the answers that depend on a permission (P37, P39).
 */
class BucketPolicyPermissionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    /**
     * UG object-lock-managing, "Setting limits on retention periods with a bucket policy", with
     * s3:PutObject added so retention set through PutObject headers is capped too ([P50]).
     */
    private static final String TEN_DAYS_AT_MOST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*",
              "Action": ["s3:PutObjectRetention", "s3:PutObject"], "Resource": "arn:aws:s3:::locked/*",
              "Condition": {"NumericGreaterThan": {"s3:object-lock-remaining-retention-days": "10"}}}]}
            """;

    private static Callers as;

    @BeforeAll
    static void clients() {
        as = Callers.of(s3);
    }

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(as.root(), "locked");
    }

    private static void policy(String bucket, String text) {
        EmulatorInternals.putBucketPolicy(s3.emulator(), bucket, text);
    }

    @Test
    void theMaximumRetentionPolicyCapsPutObjectRetention() {
        policy("locked", TEN_DAYS_AT_MOST);
        String v1 = put(as.app(), "locked", "k", "x");

        as.app()
                .putObjectRetention(b -> b.bucket("locked")
                        .key("k")
                        .versionId(v1)
                        .retention(
                                r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(days(10))));
        var e = s3Error(
                () -> as.app()
                        .putObjectRetention(b -> b.bucket("locked")
                                .key("k")
                                .versionId(v1)
                                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                        .retainUntilDate(days(11)))),
                403,
                "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.explicitlyDenied(
                        SecuredIdentities.APP_ARN, "s3:PutObjectRetention", "arn:aws:s3:::locked/k", "resource-based"));
    }

    @Test
    void theMaximumRetentionPolicyCapsPutObjectHeadersAndBindsTheRootToo() {
        policy("locked", TEN_DAYS_AT_MOST);

        var app = s3Error(
                () -> putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.COMPLIANCE, days(30)),
                403,
                "AccessDenied");
        s3Error(
                () -> putWithRetention(as.root(), "locked", "k", "x", ObjectLockMode.COMPLIANCE, days(30)),
                403,
                "AccessDenied");
        putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.COMPLIANCE, days(5));
        put(as.app(), "locked", "k", "no lock headers: no lock keys, nothing to cap (P49)");

        assertThat(app.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.explicitlyDenied(
                        SecuredIdentities.APP_ARN, "s3:PutObject", "arn:aws:s3:::locked/k", "resource-based"));
    }

    // P2: the remaining days count from the emulator's clock, not the wall clock.
    @Test
    void remainingDaysCountFromTheEmulatorClock() {
        policy("locked", TEN_DAYS_AT_MOST);
        s3.emulator().clock().advance(Duration.ofDays(25));

        putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(30));
    }

    @Test
    void anExplicitDenyInTheBucketPolicyBeatsTheIdentityAllow() {
        String v1 = put(as.app(), "locked", "k", "x");
        policy("locked", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:user/app"},
                  "Action": "s3:DeleteObjectVersion", "Resource": "arn:aws:s3:::locked/*"}]}
                """);

        var e = s3Error(
                () -> as.app().deleteObject(b -> b.bucket("locked").key("k").versionId(v1)), 403, "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.explicitlyDenied(
                        SecuredIdentities.APP_ARN,
                        "s3:DeleteObjectVersion",
                        "arn:aws:s3:::locked/k",
                        "resource-based"));
        as.admin().deleteObject(b -> b.bucket("locked").key("k").versionId(v1));
    }

    // P33, P63: a bucket policy Allow to "*" lets anonymous callers in, for what it names only.
    @Test
    void aPublicReadPolicyLetsAnonymousCallersRead() {
        put(as.app(), "locked", "public/notice.txt", "hello");
        policy("locked", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::locked/public/*"}]}
                """);

        assertThat(as.anonymous()
                        .getObjectAsBytes(b -> b.bucket("locked").key("public/notice.txt"))
                        .asUtf8String())
                .isEqualTo("hello");
        s3Error(
                () -> as.anonymous().putObject(b -> b.bucket("locked").key("public/x"), RequestBody.fromString("x")),
                403,
                "AccessDenied");
    }

    // P37: without s3:ListBucket a missing key is 403, so a caller cannot probe which keys exist.
    @Test
    void aMissingKeyIs403WithoutListBucket() {
        policy("locked", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:user/app"},
                  "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::locked"}]}
                """);

        var e = s3Error(() -> as.app().getObject(b -> b.bucket("locked").key("missing")), 403, "AccessDenied");
        headError(() -> as.app().headObject(b -> b.bucket("locked").key("missing")), 403);

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.explicitlyDenied(
                        SecuredIdentities.APP_ARN, "s3:ListBucket", "arn:aws:s3:::locked", "resource-based"));
    }

    // P39: the lock headers of GET and HEAD need s3:GetObjectRetention and s3:GetObjectLegalHold.
    @Test
    void lockHeadersAreShownOnlyToWhoMayReadThem() {
        String v1 = putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(3));
        as.app()
                .putObjectLegalHold(b -> b.bucket("locked")
                        .key("k")
                        .versionId(v1)
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON)));
        policy("locked", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:user/app"},
                  "Action": "s3:GetObjectRetention", "Resource": "arn:aws:s3:::locked/*"}]}
                """);

        HeadObjectResponse app = as.app().headObject(b -> b.bucket("locked").key("k"));
        HeadObjectResponse auditor =
                as.auditor().headObject(b -> b.bucket("locked").key("k"));

        assertThat(app.objectLockMode()).isNull();
        assertThat(app.objectLockRetainUntilDate()).isNull();
        assertThat(app.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(auditor.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(auditor.objectLockRetainUntilDate()).isEqualTo(days(3));
        as.admin()
                .putObjectLegalHold(b -> b.bucket("locked")
                        .key("k")
                        .versionId(v1)
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
        assertThat(as.app()
                        .getObject(b -> b.bucket("locked").key("k"))
                        .response()
                        .objectLockMode())
                .isNull();
        as.app().putObject(b -> b.bucket("locked").key("k"), RequestBody.fromString("next"));
    }
}
