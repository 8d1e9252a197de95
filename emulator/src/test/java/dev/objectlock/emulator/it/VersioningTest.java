package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.MFADelete;
import software.amazon.awssdk.services.s3.model.MFADeleteStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Put/GetBucketVersioning: the configuration document and its validation ([A.1, A.2, A.8]). */
class VersioningTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String MALFORMED_XML_MESSAGE =
            "The XML you provided was not well-formed or did not validate against our published schema";

    private final S3Client client = s3.client();

    // [A.2]: a never-configured bucket answers 200 with an empty <VersioningConfiguration/>,
    // no Status and no MfaDelete [AWS-recorded ls-api test_bucket_versioning_crud].
    @Test
    void neverVersionedBucketHasEmptyConfiguration() {
        s3.createBucket("plain");

        GetBucketVersioningResponse config = client.getBucketVersioning(b -> b.bucket("plain"));

        assertThat(config.status()).isNull();
        assertThat(config.mfaDelete()).isNull();
        HttpResponse<String> raw = s3.raw("GET", "/plain?versioning");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains("VersioningConfiguration").doesNotContain("<Status>", "MfaDelete", "MFADelete");
    }

    // [A.1, A.8]: Enabled and Suspended are accepted and read back; suspending never returns to unversioned.
    @Test
    void enableSuspendAndReEnable() {
        s3.createBucket("toggled");

        s3.versioning("toggled", BucketVersioningStatus.ENABLED);
        assertThat(client.getBucketVersioning(b -> b.bucket("toggled")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);

        var suspended = client.putBucketVersioning(
                b -> b.bucket("toggled").versioningConfiguration(c -> c.status(BucketVersioningStatus.SUSPENDED)));
        assertThat(suspended.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(client.getBucketVersioning(b -> b.bucket("toggled")).status())
                .isEqualTo(BucketVersioningStatus.SUSPENDED);

        s3.versioning("toggled", BucketVersioningStatus.ENABLED);
        assertThat(client.getBucketVersioning(b -> b.bucket("toggled")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
    }

    // [R12, A.8]: values are case-sensitive; `enabled` is MalformedXML [AWS-recorded].
    @Test
    void lowerCaseStatusIsMalformedXml() {
        s3.createBucket("strict");

        S3Exception e = s3Error(
                () -> client.putBucketVersioning(
                        b -> b.bucket("strict").versioningConfiguration(c -> c.status("enabled"))),
                400,
                "MalformedXML");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(MALFORMED_XML_MESSAGE);
        assertThat(client.getBucketVersioning(b -> b.bucket("strict")).status()).isNull();
    }

    // [A.8]: `Disabled` is not a versioning status either.
    @Test
    void disabledStatusIsMalformedXml() {
        s3.createBucket("strict");

        s3Error(
                () -> client.putBucketVersioning(
                        b -> b.bucket("strict").versioningConfiguration(c -> c.status("Disabled"))),
                400,
                "MalformedXML");
    }

    // [R12, A.8]: an empty configuration is IllegalVersioningConfigurationException with
    // "The Versioning element must be specified" [AWS-recorded].
    @Test
    void emptyConfigurationIsIllegal() {
        s3.createBucket("strict");

        S3Exception e = s3Error(
                () -> client.putBucketVersioning(b -> b.bucket("strict").versioningConfiguration(c -> {})),
                400,
                "IllegalVersioningConfigurationException");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The Versioning element must be specified");
    }

    // [A.8]: a document that is not XML is MalformedXML.
    @Test
    void garbageBodyIsMalformedXml() {
        s3.createBucket("strict");

        HttpResponse<String> response = s3.raw(
                "PUT",
                "/strict?versioning",
                java.util.Map.of(),
                "<VersioningConfiguration><Status>Enabled".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>MalformedXML</Code>");
    }

    // [A.8]: missing bucket is 404 NoSuchBucket with <BucketName>, for both operations.
    @Test
    void missingBucket() {
        S3Exception put = s3Error(() -> s3.versioning("ghost", BucketVersioningStatus.ENABLED), 404, "NoSuchBucket");
        assertThat(errorElement(put, "BucketName")).contains("ghost");
        s3Error(() -> client.getBucketVersioning(b -> b.bucket("ghost")), 404, "NoSuchBucket");
    }

    // [A.2]: MfaDelete (element name MfaDelete) is reported once it has been configured.
    @Test
    void mfaDeleteDisabledIsReportedOnceConfigured() {
        s3.createBucket("mfa");

        client.putBucketVersioning(b -> b.bucket("mfa")
                .versioningConfiguration(
                        c -> c.status(BucketVersioningStatus.ENABLED).mfaDelete(MFADelete.DISABLED)));

        GetBucketVersioningResponse config = client.getBucketVersioning(b -> b.bucket("mfa"));
        assertThat(config.status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(config.mfaDelete()).isEqualTo(MFADeleteStatus.DISABLED);
        assertThat(s3.raw("GET", "/mfa?versioning").body()).contains("<MfaDelete>Disabled</MfaDelete>");
    }

    // [R13]: CreateBucket with x-amz-bucket-object-lock-enabled turns versioning Enabled.
    // [R15, A.8]: suspending then is 409 InvalidBucketState; re-enabling is a 200 no-op [AWS-recorded].
    @Test
    void objectLockBucketIsVersionedForGood() {
        client.createBucket(b -> b.bucket("locked").objectLockEnabledForBucket(true));
        assertThat(client.getBucketVersioning(b -> b.bucket("locked")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);

        S3Exception e =
                s3Error(() -> s3.versioning("locked", BucketVersioningStatus.SUSPENDED), 409, "InvalidBucketState");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(
                        "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.");

        s3.versioning("locked", BucketVersioningStatus.ENABLED);
        assertThat(client.getBucketVersioning(b -> b.bucket("locked")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
    }

    // [A.8]: suspending never removes existing versions.
    @Test
    void suspendingKeepsExistingVersions() {
        s3.createVersionedBucket("keep");
        String v1 = s3.put("keep", "k", "one").versionId();
        String v2 = s3.put("keep", "k", "two").versionId();

        s3.versioning("keep", BucketVersioningStatus.SUSPENDED);

        assertThat(client.listObjectVersions(b -> b.bucket("keep")).versions())
                .extracting(v -> v.versionId())
                .containsExactly(v2, v1);
        assertThat(s3.read("keep", "k", v1)).isEqualTo("one");
    }
}
