package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.GetBucketLifecycleConfigurationResponse;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

/** Put/Get/DeleteBucketLifecycleConfiguration and what PUT refuses ([R90], [E90]-[E94]). */
class LifecycleConfigurationTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void bucket() {
        s3.createVersionedBucket("lcb");
    }

    private static LifecycleRule.Builder rule(String id) {
        return LifecycleRule.builder().id(id).status(ExpirationStatus.ENABLED).filter(f -> f.prefix("logs/"));
    }

    private void put(LifecycleRule... rules) {
        client.putBucketLifecycleConfiguration(b -> b.bucket("lcb").lifecycleConfiguration(c -> c.rules(rules)));
    }

    // [E94]
    @Test
    void getWithoutConfigurationIsNoSuchLifecycleConfigurationNamingTheBucket() {
        S3Exception e = s3Error(
                () -> client.getBucketLifecycleConfiguration(b -> b.bucket("lcb")),
                404,
                "NoSuchLifecycleConfiguration");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The lifecycle configuration does not exist");
        assertThat(errorElement(e, "BucketName")).contains("lcb");
    }

    // [R90]: what was put comes back, transitions included; DELETE removes it, also when there is none
    @Test
    void putGetDeleteRoundTrip() {
        put(
                rule("expire").expiration(x -> x.days(30)).build(),
                LifecycleRule.builder()
                        .id("noncurrent")
                        .status(ExpirationStatus.DISABLED)
                        .filter(f -> f.and(a ->
                                a.prefix("a/").tags(t -> t.key("k").value("v")).objectSizeGreaterThan(10L)))
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(7).newerNoncurrentVersions(2))
                        .transitions(t -> t.days(10).storageClass(TransitionStorageClass.GLACIER))
                        .build(),
                LifecycleRule.builder()
                        .id("uploads")
                        .status(ExpirationStatus.ENABLED)
                        .filter(f -> f.prefix(""))
                        .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(3))
                        .expiration(x -> x.expiredObjectDeleteMarker(true))
                        .build());

        GetBucketLifecycleConfigurationResponse got = client.getBucketLifecycleConfiguration(b -> b.bucket("lcb"));

        assertThat(got.rules()).hasSize(3);
        assertThat(got.rules().get(0).expiration().days()).isEqualTo(30);
        assertThat(got.rules().get(0).filter().prefix()).isEqualTo("logs/");
        LifecycleRule second = got.rules().get(1);
        assertThat(second.status()).isEqualTo(ExpirationStatus.DISABLED);
        assertThat(second.filter().and().tags()).hasSize(1);
        assertThat(second.filter().and().objectSizeGreaterThan()).isEqualTo(10L);
        assertThat(second.noncurrentVersionExpiration().newerNoncurrentVersions())
                .isEqualTo(2);
        assertThat(second.transitions().get(0).storageClass()).isEqualTo(TransitionStorageClass.GLACIER);
        assertThat(got.rules().get(2).abortIncompleteMultipartUpload().daysAfterInitiation())
                .isEqualTo(3);
        assertThat(got.rules().get(2).expiration().expiredObjectDeleteMarker()).isTrue();

        client.deleteBucketLifecycle(b -> b.bucket("lcb"));
        s3Error(
                () -> client.getBucketLifecycleConfiguration(b -> b.bucket("lcb")),
                404,
                "NoSuchLifecycleConfiguration");
        client.deleteBucketLifecycle(b -> b.bucket("lcb"));
    }

    // [E90]
    @Test
    void dayCountsMustBePositive() {
        S3Exception e = s3Error(() -> put(rule("r").expiration(x -> x.days(0)).build()), 400, "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("'Days' for Expiration action must be a positive integer");
        s3Error(
                () -> put(rule("r")
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(0))
                        .build()),
                400,
                "InvalidArgument");
        s3Error(
                () -> put(rule("r")
                        .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(-1))
                        .build()),
                400,
                "InvalidArgument");
    }

    // [E90]
    @Test
    void dateMustBeMidnightUtc() {
        S3Exception e = s3Error(
                () -> put(rule("r")
                        .expiration(x -> x.date(Instant.parse("2030-01-01T10:00:00Z")))
                        .build()),
                400,
                "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("'Date' must be at midnight GMT");
        put(rule("r")
                .expiration(x -> x.date(Instant.parse("2030-01-01T00:00:00Z")))
                .build());
    }

    // [E93]
    @Test
    void ruleIdsMustBeUnique() {
        S3Exception e = s3Error(
                () -> put(
                        rule("same").expiration(x -> x.days(1)).build(),
                        rule("same").expiration(x -> x.days(2)).build()),
                400,
                "InvalidArgument");
        assertThat(errorElement(e, "ArgumentName")).contains("ID");
    }

    // [E92]
    @Test
    void atMostAThousandRules() {
        List<LifecycleRule> rules = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            rules.add(rule("r" + i).expiration(x -> x.days(1)).build());
        }
        s3Error(
                () -> client.putBucketLifecycleConfiguration(
                        b -> b.bucket("lcb").lifecycleConfiguration(c -> c.rules(rules))),
                400,
                "InvalidRequest");
        put(rules.subList(0, 1000).toArray(LifecycleRule[]::new));
    }

    // [E91]: a rule needs a Filter or a Prefix, a Status of Enabled or Disabled, and well-formed XML
    @Test
    void shapeFaultsAreMalformedXml() {
        String noFilter = "<LifecycleConfiguration><Rule><ID>a</ID><Status>Enabled</Status>"
                + "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";
        String badStatus = "<LifecycleConfiguration><Rule><ID>a</ID><Filter/><Status>On</Status>"
                + "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";
        for (String body : List.of(noFilter, badStatus, "<LifecycleConfiguration><Rule>")) {
            var r = s3.raw(
                    "PUT",
                    "/lcb?lifecycle",
                    Map.of("Content-MD5", LockSupport.md5(body.getBytes(StandardCharsets.UTF_8))),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).as(body).contains("<Code>MalformedXML</Code>");
        }
    }

    // [R96]: the fate of the current object, from the earliest Expiration whose filter takes it
    @Test
    void putGetAndHeadTellTheObjectItsExpiry() {
        s3.emulator().clock().set(Instant.parse("2030-01-01T10:30:00Z"));
        put(rule("expire-logs").expiration(x -> x.days(3)).build());
        String expected = "expiry-date=\"Sat, 05 Jan 2030 00:00:00 GMT\", rule-id=\"expire-logs\"";

        var written = client.putObject(b -> b.bucket("lcb").key("logs/a"), RequestBody.fromString("x"));

        assertThat(written.expiration()).isEqualTo(expected);
        assertThat(client.headObject(b -> b.bucket("lcb").key("logs/a")).expiration())
                .isEqualTo(expected);
        assertThat(client.getObjectAsBytes(b -> b.bucket("lcb").key("logs/a"))
                        .response()
                        .expiration())
                .isEqualTo(expected);
        assertThat(client.putObject(b -> b.bucket("lcb").key("data/b"), RequestBody.fromString("x"))
                        .expiration())
                .isNull();
    }

    @Test
    void legacyPrefixRuleRoundTrips() {
        String body = "<LifecycleConfiguration><Rule><ID>old</ID><Prefix>tmp/</Prefix><Status>Enabled</Status>"
                + "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";
        var r = s3.raw(
                "PUT",
                "/lcb?lifecycle",
                Map.of("Content-MD5", LockSupport.md5(body.getBytes(StandardCharsets.UTF_8))),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(client.getBucketLifecycleConfiguration(b -> b.bucket("lcb"))
                        .rules()
                        .get(0)
                        .prefix())
                .isEqualTo("tmp/");
    }
}
