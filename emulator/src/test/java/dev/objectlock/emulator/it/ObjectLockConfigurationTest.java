package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.MALFORMED_XML;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.md5;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DefaultRetention;
import software.amazon.awssdk.services.s3.model.GetObjectLockConfigurationResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Put/GetObjectLockConfiguration and enabling Object Lock ([B.2, B.3, B.4], [R13]–[R17], [E8]–[E12]). */
class ObjectLockConfigurationTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    // [R13]: CreateBucket with x-amz-bucket-object-lock-enabled turns versioning Enabled, and
    // GetObjectLockConfiguration then holds just ObjectLockEnabled=Enabled [AWS-recorded ls-api
    // test_get_put_object_lock_configuration; s3-tests test_object_lock_put_obj_lock].
    @Test
    void lockAtCreationEnablesVersioningAndHasNoDefaultRule() {
        createLockBucket(client, "locked");

        assertThat(client.getBucketVersioning(b -> b.bucket("locked")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
        GetObjectLockConfigurationResponse config = client.getObjectLockConfiguration(b -> b.bucket("locked"));
        assertThat(config.objectLockConfiguration().objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(config.objectLockConfiguration().rule()).isNull();
        HttpResponse<String> raw = s3.raw("GET", "/locked?object-lock");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body())
                .contains("<ObjectLockEnabled>Enabled</ObjectLockEnabled>")
                .doesNotContain("Rule");
    }

    // [R15, A.8, E8]: suspending versioning on a lock bucket is 409 InvalidBucketState with
    // the exact message; re-Enabling is a 200 no-op [AWS-recorded ls-api test_disable_versioning_on_locked_bucket].
    @Test
    void versioningOfALockBucketCannotBeSuspended() {
        createLockBucket(client, "locked");

        S3Exception e =
                s3Error(() -> s3.versioning("locked", BucketVersioningStatus.SUSPENDED), 409, "InvalidBucketState");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(
                        "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.");
        assertThat(client.getBucketVersioning(b -> b.bucket("locked")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
        s3.versioning("locked", BucketVersioningStatus.ENABLED);
        assertThat(client.getBucketVersioning(b -> b.bucket("locked")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
    }

    // [B.3, E10]: no lock configuration is 404 ObjectLockConfigurationNotFoundError, message
    // without a trailing period, with <BucketName> [AWS-recorded ls-api].
    @Test
    void bucketWithoutLockHasNoConfiguration() {
        s3.createBucket("plain");
        s3.createVersionedBucket("versioned");

        for (String bucket : new String[] {"plain", "versioned"}) {
            S3Exception e = s3Error(
                    () -> client.getObjectLockConfiguration(b -> b.bucket(bucket)),
                    404,
                    "ObjectLockConfigurationNotFoundError");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Object Lock configuration does not exist for this bucket");
            assertThat(errorElement(e, "BucketName")).contains(bucket);
        }
    }

    // [B.2, R17]: a default rule (Days or Years) is stored and read back, a new one
    // replaces it, and {ObjectLockEnabled: Enabled} without a Rule clears it [AWS-recorded ls-api
    // "get-lock-config-only-enabled"].
    @Test
    void defaultRuleIsStoredReplacedAndCleared() {
        createLockBucket(client, "locked");

        putConfiguration(
                "locked", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(7));
        DefaultRetention days = defaultRetention("locked");
        assertThat(days.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(days.days()).isEqualTo(7);
        assertThat(days.years()).isNull();

        putConfiguration(
                "locked", d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).years(2));
        DefaultRetention years = defaultRetention("locked");
        assertThat(years.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(years.years()).isEqualTo(2);
        assertThat(years.days()).isNull();
        assertThat(s3.raw("GET", "/locked?object-lock").body())
                .contains("<Mode>COMPLIANCE</Mode>", "<Years>2</Years>")
                .doesNotContain("<Days>");

        client.putObjectLockConfiguration(
                b -> b.bucket("locked").objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)));
        assertThat(client.getObjectLockConfiguration(b -> b.bucket("locked"))
                        .objectLockConfiguration()
                        .rule())
                .isNull();
    }

    // [B.3, R14]: Object Lock can be enabled on an existing bucket whose versioning is
    // Enabled; it then cannot be suspended either [AWS-recorded ls-api
    // test_put_object_lock_configuration_on_existing_bucket; s3-tests ..._enable_after_create].
    @Test
    void lockCanBeEnabledOnAVersionedBucket() {
        s3.createVersionedBucket("later");

        putConfiguration(
                "later", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1));

        assertThat(client.getObjectLockConfiguration(b -> b.bucket("later"))
                        .objectLockConfiguration()
                        .objectLockEnabled())
                .isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(defaultRetention("later").days()).isEqualTo(1);
        s3Error(() -> s3.versioning("later", BucketVersioningStatus.SUSPENDED), 409, "InvalidBucketState");
    }

    // [R14, E9]: on an Unversioned or Suspended bucket it is 409 InvalidBucketState with the
    // exact message, and the bucket stays without lock [AWS-recorded ls-api].
    @Test
    void lockNeedsVersioningEnabled() {
        s3.createBucket("unversioned");
        s3.createVersionedBucket("suspended");
        s3.versioning("suspended", BucketVersioningStatus.SUSPENDED);

        for (String bucket : new String[] {"unversioned", "suspended"}) {
            S3Exception e = s3Error(
                    () -> client.putObjectLockConfiguration(b -> b.bucket(bucket)
                            .objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED))),
                    409,
                    "InvalidBucketState");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
            s3Error(
                    () -> client.getObjectLockConfiguration(b -> b.bucket(bucket)),
                    404,
                    "ObjectLockConfigurationNotFoundError");
        }
    }

    // [R16, B.4, E11]: structural problems are all MalformedXML: both Days and Years, mode
    // without a period, a period without a mode ([UNCERTAIN], the default of [K14]), a mode in the wrong
    // case, ObjectLockEnabled other than Enabled [AWS-recorded ls-api
    // test_put_object_lock_configuration_exc]. A refused configuration leaves the old one.
    @Test
    void structuralProblemsAreMalformedXml() {
        createLockBucket(client, "locked");
        putConfiguration(
                "locked", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(3));

        malformed(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(r -> r.defaultRetention(
                        d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1).years(1))));
        malformed(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE))));
        malformed(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED).rule(r -> r.defaultRetention(d -> d.days(1))));
        malformed(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(r -> r.defaultRetention(d -> d.mode("governance").days(1))));
        malformed(c -> c.objectLockEnabled("Disabled"));
        malformed(c -> c.objectLockEnabled("enabled"));

        DefaultRetention kept = defaultRetention("locked");
        assertThat(kept.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(kept.days()).isEqualTo(3);
    }

    // [B.4]: a missing ObjectLockEnabled, an empty <Rule/> and an empty <DefaultRetention/> are
    // MalformedXML; an empty body is MissingRequestBodyError [AWS-recorded ls-api; vgw]. Raw HTTP,
    // because the SDK cannot send these shapes; each with the Content-MD5 the API requires.
    @Test
    void emptyElementsAndBodiesAreRefused() {
        createLockBucket(client, "locked");
        String ns = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

        for (String body : new String[] {
            "<ObjectLockConfiguration " + ns + "/>",
            "<ObjectLockConfiguration " + ns + "><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule/>"
                    + "</ObjectLockConfiguration>",
            "<ObjectLockConfiguration " + ns + "><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                    + "<DefaultRetention/></Rule></ObjectLockConfiguration>"
        }) {
            HttpResponse<String> r = rawPut("/locked?object-lock", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).as(body).contains("<Code>MalformedXML</Code>", MALFORMED_XML);
        }
        HttpResponse<String> empty =
                s3.raw("PUT", "/locked?object-lock", Map.of("Content-MD5", md5(new byte[0])), new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body())
                .contains("<Code>MissingRequestBodyError</Code>", "<Message>Request Body is empty</Message>");
    }

    // [B.4, E12, S]: Days or Years of 0 or less is InvalidArgument "Default retention
    // period must be a positive integer value." with ArgumentName Days or Years [AWS-recorded,
    // raw response in versitygw issue #1738; vgw for Years].
    @Test
    void nonPositivePeriodsAreInvalidArgument() {
        createLockBucket(client, "locked");

        invalidPeriod(d -> d.days(0), "Days", "Default retention period must be a positive integer value.");
        invalidPeriod(d -> d.days(-1), "Days", "Default retention period must be a positive integer value.");
        invalidPeriod(d -> d.years(0), "Years", "Default retention period must be a positive integer value.");
        invalidPeriod(d -> d.years(-5), "Years", "Default retention period must be a positive integer value.");
        assertThat(client.getObjectLockConfiguration(b -> b.bucket("locked"))
                        .objectLockConfiguration()
                        .rule())
                .isNull();
    }

    // [B.4, S]: more than 36500 days or 100 years is InvalidArgument "Default retention
    // period too large." ([UNCERTAIN] code; the default [K14] states, after vgw); the limits
    // themselves are accepted (UG: the maximum retention is 100 years).
    @Test
    void tooLargePeriodsAreInvalidArgumentAndTheLimitsAreAccepted() {
        createLockBucket(client, "locked");

        invalidPeriod(d -> d.days(36_501), "Days", "Default retention period too large.");
        invalidPeriod(d -> d.years(101), "Years", "Default retention period too large.");

        putConfiguration(
                "locked", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(36_500));
        assertThat(defaultRetention("locked").days()).isEqualTo(36_500);
        putConfiguration(
                "locked", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).years(100));
        assertThat(defaultRetention("locked").years()).isEqualTo(100);
    }

    // [B.1]: a missing bucket is NoSuchBucket for both calls.
    @Test
    void missingBucketIsNoSuchBucket() {
        s3Error(() -> client.getObjectLockConfiguration(b -> b.bucket("nope")), 404, "NoSuchBucket");
        s3Error(
                () -> putConfiguration(
                        "nope", d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1)),
                404,
                "NoSuchBucket");
    }

    private void putConfiguration(String bucket, Consumer<DefaultRetention.Builder> rule) {
        client.putObjectLockConfiguration(b -> b.bucket(bucket)
                .objectLockConfiguration(
                        c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED).rule(r -> r.defaultRetention(rule))));
    }

    private DefaultRetention defaultRetention(String bucket) {
        return client.getObjectLockConfiguration(b -> b.bucket(bucket))
                .objectLockConfiguration()
                .rule()
                .defaultRetention();
    }

    private void malformed(Consumer<ObjectLockConfiguration.Builder> config) {
        S3Exception e = s3Error(
                () -> client.putObjectLockConfiguration(b -> b.bucket("locked").objectLockConfiguration(config)),
                400,
                "MalformedXML");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(MALFORMED_XML);
    }

    private void invalidPeriod(Consumer<DefaultRetention.Builder> period, String argumentName, String message) {
        S3Exception e = s3Error(
                () -> putConfiguration("locked", d -> period.accept(d.mode(ObjectLockRetentionMode.GOVERNANCE))),
                400,
                "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        assertThat(errorElement(e, "ArgumentName")).contains(argumentName);
    }

    private static HttpResponse<String> rawPut(String path, String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        return s3.raw("PUT", path, Map.of("Content-MD5", md5(body), "Content-Type", "application/xml"), body);
    }
}
