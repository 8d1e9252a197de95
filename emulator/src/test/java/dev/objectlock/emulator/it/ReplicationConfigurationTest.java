package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplication;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.GetBucketReplicationResponse;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** Put/Get/DeleteBucketReplication through the SDK, and what PUT refuses ([R110]-[R116], [E105]-[E115]). */
class ReplicationConfigurationTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/replication";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void buckets() {
        s3.createVersionedBucket("src");
        s3.createVersionedBucket("dst");
    }

    private static ReplicationRule.Builder rule(String id, int priority) {
        return ReplicationRule.builder()
                .id(id)
                .priority(priority)
                .status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix("ledger/"))
                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::dst"));
    }

    private void put(ReplicationRule... rules) {
        client.putBucketReplication(
                b -> b.bucket("src").replicationConfiguration(c -> c.role(ROLE).rules(rules)));
    }

    private S3Exception refused(int status, String code, ReplicationRule... rules) {
        return s3Error(() -> put(rules), status, code);
    }

    // [E105]
    @Test
    void getWithoutConfigurationIsReplicationConfigurationNotFoundError() {
        S3Exception e = s3Error(
                () -> client.getBucketReplication(b -> b.bucket("src")), 404, "ReplicationConfigurationNotFoundError");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The replication configuration was not found");
        assertThat(errorElement(e, "BucketName")).contains("src");
    }

    // [R110]: what was put comes back; DELETE removes it with 204, also when there is none
    @Test
    void putGetDeleteRoundTrip() {
        s3.createVersionedBucket("dst-2");
        put(
                rule("ledger", 2)
                        .destination(d -> d.bucket("arn:aws:s3:::dst")
                                .storageClass(StorageClass.STANDARD_IA)
                                .account("123456789012")
                                .replicationTime(t -> t.status("Enabled").time(m -> m.minutes(15)))
                                .metrics(m -> m.status("Enabled").eventThreshold(t -> t.minutes(15))))
                        .existingObjectReplication(x -> x.status("Enabled"))
                        .sourceSelectionCriteria(c -> c.replicaModifications(r -> r.status("Enabled")))
                        .build(),
                rule("tagged", 1)
                        .filter(f ->
                                f.and(a -> a.prefix("a/").tags(t -> t.key("k").value("v"))))
                        .status(ReplicationRuleStatus.DISABLED)
                        .destination(d -> d.bucket("arn:aws:s3:::dst-2"))
                        .build(),
                ReplicationRule.builder()
                        .priority(0)
                        .status(ReplicationRuleStatus.ENABLED)
                        .filter(f -> f.tag(t -> t.key("keep").value("yes")))
                        .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                        .destination(d -> d.bucket("arn:aws:s3:::dst-2"))
                        .build());

        GetBucketReplicationResponse got = client.getBucketReplication(b -> b.bucket("src"));

        var config = got.replicationConfiguration();
        assertThat(config.role()).isEqualTo(ROLE);
        assertThat(config.rules()).hasSize(3);
        ReplicationRule first = config.rules().get(0);
        assertThat(first.id()).isEqualTo("ledger");
        assertThat(first.priority()).isEqualTo(2);
        assertThat(first.filter().prefix()).isEqualTo("ledger/");
        assertThat(first.deleteMarkerReplication().status()).isEqualTo(DeleteMarkerReplicationStatus.DISABLED);
        assertThat(first.destination().bucket()).isEqualTo("arn:aws:s3:::dst");
        assertThat(first.destination().storageClass()).isEqualTo(StorageClass.STANDARD_IA);
        assertThat(first.destination().account()).isEqualTo("123456789012");
        assertThat(first.destination().replicationTime().time().minutes()).isEqualTo(15);
        assertThat(first.destination().metrics().eventThreshold().minutes()).isEqualTo(15);
        assertThat(first.existingObjectReplication().statusAsString()).isEqualTo("Enabled");
        assertThat(first.sourceSelectionCriteria().replicaModifications().statusAsString())
                .isEqualTo("Enabled");
        ReplicationRule second = config.rules().get(1);
        assertThat(second.status()).isEqualTo(ReplicationRuleStatus.DISABLED);
        assertThat(second.filter().and().prefix()).isEqualTo("a/");
        assertThat(second.filter().and().tags())
                .singleElement()
                .satisfies(t -> assertThat(t.key()).isEqualTo("k"));
        ReplicationRule third = config.rules().get(2);
        assertThat(third.id())
                .as("an ID is made up for a rule sent without one")
                .isNotBlank();
        assertThat(third.filter().tag().value()).isEqualTo("yes");

        client.deleteBucketReplication(b -> b.bucket("src"));
        s3Error(() -> client.getBucketReplication(b -> b.bucket("src")), 404, "ReplicationConfigurationNotFoundError");
        assertThat(client.deleteBucketReplication(b -> b.bucket("src"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
    }

    // [R110]: an empty Filter takes everything and comes back empty
    @Test
    void anEmptyFilterIsKept() {
        put(rule("all", 0).filter(f -> f.prefix(null)).build());

        ReplicationRule got = client.getBucketReplication(b -> b.bucket("src"))
                .replicationConfiguration()
                .rules()
                .get(0);
        assertThat(got.filter()).isNotNull();
        assertThat(got.filter().prefix()).isNull();
    }

    // [R111]: the V1 form, a rule-level Prefix without Filter, Priority or DeleteMarkerReplication
    @Test
    void theV1FormIsAcceptedAndReturnedAsSent() {
        HttpResponse<String> put = rawPut("""
                <ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Role>%s</Role>
                  <Rule><ID>v1</ID><Prefix>docs/</Prefix><Status>Enabled</Status>
                    <Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination></Rule>
                </ReplicationConfiguration>""".formatted(ROLE));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        ReplicationRule got = client.getBucketReplication(b -> b.bucket("src"))
                .replicationConfiguration()
                .rules()
                .get(0);
        assertThat(got.prefix()).isEqualTo("docs/");
        assertThat(got.filter()).isNull();
        assertThat(got.priority()).isNull();
        assertThat(got.deleteMarkerReplication()).isNull();
    }

    // [E106]
    @ParameterizedTest
    @ValueSource(strings = {"unversioned", "suspended"})
    void theSourceMustHaveVersioningEnabled(String state) {
        s3.createBucket("plain");
        if (state.equals("suspended")) {
            s3.versioning("plain", BucketVersioningStatus.SUSPENDED);
        }
        S3Exception e = s3Error(
                () -> client.putBucketReplication(b -> b.bucket("plain")
                        .replicationConfiguration(
                                c -> c.role(ROLE).rules(rule("r", 1).build()))),
                400,
                "InvalidRequest");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
    }

    // [E107]: a missing destination and one without versioning get the same answer
    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:s3:::missing", "arn:aws:s3:::plain", "plain"})
    void theDestinationMustExistWithVersioningEnabled(String arn) {
        s3.createBucket("plain");
        S3Exception e = refused(
                400,
                "InvalidRequest",
                rule("r", 1).destination(d -> d.bucket(arn)).build());
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Destination bucket must have versioning enabled.");
    }

    // [E108]
    @Test
    void aV2RuleNeedsDeleteMarkerReplication() {
        S3Exception e = refused(
                400,
                "InvalidRequest",
                rule("r", 1)
                        .deleteMarkerReplication((DeleteMarkerReplication) null)
                        .build());
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("DeleteMarkerReplication must be specified for this version of Cross Region Replication"
                        + " configuration schema. Please refer to S3 Developer Guide for more information.");
    }

    // [E108]
    @Test
    void aV2RuleNeedsPriority() {
        S3Exception e =
                refused(400, "InvalidRequest", rule("r", 1).priority(null).build());
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Priority must be specified for this version of Cross Region Replication"
                        + " configuration schema. Please refer to S3 Developer Guide for more information.");
    }

    // [E109]: a V1 rule (no Filter) makes the document V1, where DeleteMarkerReplication has no place
    @Test
    void aV1DocumentRefusesV2Elements() {
        HttpResponse<String> put = rawPut("""
                <ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Role>%s</Role>
                  <Rule><ID>v1</ID><Prefix>docs/</Prefix><Status>Enabled</Status>
                    <Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination>
                    <DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>
                </ReplicationConfiguration>""".formatted(ROLE));
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body())
                .contains("<Code>InvalidRequest</Code>")
                .contains("DeleteMarkerReplication cannot be used for this version of Cross Region Replication");
    }

    // [E111]: rules that could take the same key need distinct priorities
    @Test
    void prioritiesMustBeDistinct() {
        S3Exception e = refused(
                400,
                "InvalidRequest",
                rule("a", 1).build(),
                rule("b", 1).filter(f -> f.prefix("ledger/2024/")).build());
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Found duplicate priority 1.");
    }

    // [E111]: V1 rules have no priority, so their prefixes may not overlap
    @Test
    void v1PrefixesMayNotOverlap() {
        HttpResponse<String> put = rawPut("""
                <ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Role>%s</Role>
                  <Rule><ID>a</ID><Prefix>docs/</Prefix><Status>Enabled</Status>
                    <Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination></Rule>
                  <Rule><ID>b</ID><Prefix>docs/2024/</Prefix><Status>Enabled</Status>
                    <Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination></Rule>
                </ReplicationConfiguration>""".formatted(ROLE));
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("<Code>InvalidRequest</Code>").contains("Found overlapping prefixes");
    }

    // [E112]
    @Test
    void deleteMarkerReplicationCannotGoWithATagFilter() {
        S3Exception e = refused(
                400,
                "InvalidRequest",
                rule("r", 1)
                        .filter(f -> f.tag(t -> t.key("k").value("v")))
                        .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.ENABLED))
                        .build());
        assertThat(e.awsErrorDetails().errorMessage())
                .startsWith("Delete marker replication is not supported if any Tag filter is specified.");
    }

    // [E114]
    @Test
    void ruleIdsMustBeUnique() {
        S3Exception e = refused(
                400,
                "InvalidArgument",
                rule("same", 1).build(),
                rule("same", 2).destination(d -> d.bucket("arn:aws:s3:::dst")).build());
        assertThat(errorElement(e, "ArgumentName")).contains("ID");
    }

    // [E113]
    @Test
    void atMostAThousandRules() {
        ReplicationRule[] rules = new ReplicationRule[1001];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = rule("r" + i, i).build();
        }
        refused(400, "InvalidRequest", rules);
    }

    // [E110]
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<ReplicationConfiguration><Role>r</Role></ReplicationConfiguration>",
                "<ReplicationConfiguration><Rule><ID>a</ID><Priority>1</Priority><Filter/><Status>Enabled</Status>"
                        + "<Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination>"
                        + "<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"
                        + "</ReplicationConfiguration>",
                "<ReplicationConfiguration><Role>r</Role><Rule><ID>a</ID><Priority>1</Priority><Filter/>"
                        + "<Status>On</Status><Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination>"
                        + "<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"
                        + "</ReplicationConfiguration>",
                "<ReplicationConfiguration><Role>r</Role><Rule><ID>a</ID><Priority>1</Priority><Filter/>"
                        + "<Status>Enabled</Status><Destination/>"
                        + "<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"
                        + "</ReplicationConfiguration>",
                "<ReplicationConfiguration><Role>r</Role><Rule><ID>a</ID><Priority>1</Priority>"
                        + "<Filter><Prefix>a</Prefix><Tag><Key>k</Key><Value>v</Value></Tag></Filter>"
                        + "<Status>Enabled</Status><Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination>"
                        + "<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"
                        + "</ReplicationConfiguration>",
                "<ReplicationConfiguration><Role>r</Role><Rule><ID>a</ID><Status>Enabled</Status>"
                        + "<Destination><Bucket>arn:aws:s3:::dst</Bucket></Destination></Rule>"
                        + "</ReplicationConfiguration>",
                "<ReplicationConfiguration><Role>r</Role><Rule>",
            })
    void whatTheSchemaRefusesIsMalformedXml(String xml) {
        HttpResponse<String> put = rawPut(xml);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        assertThat(put.body()).contains("<Code>MalformedXML</Code>");
    }

    // [R115], [K46]: the Object Lock token is accepted and changes nothing; a destination without
    // Object Lock behind a locked source is accepted (its versions fail to replicate instead)
    @Test
    void objectLockSourceWithTokenAndUnlockedDestinationIsAccepted() {
        client.createBucket(b -> b.bucket("locked").objectLockEnabledForBucket(true));
        client.putBucketReplication(b -> b.bucket("locked")
                .token("any-token")
                .replicationConfiguration(c -> c.role(ROLE).rules(rule("r", 1).build())));

        assertThat(client.getBucketReplication(b -> b.bucket("locked"))
                        .replicationConfiguration()
                        .rules())
                .hasSize(1);
    }

    // [R116], [E115]
    @Test
    void versioningCannotBeSuspendedUnderAReplicationConfiguration() {
        put(rule("r", 1).build());

        S3Exception e =
                s3Error(() -> s3.versioning("src", BucketVersioningStatus.SUSPENDED), 409, "InvalidBucketState");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("A replication configuration is present on this bucket, so you cannot change the"
                        + " versioning state. To change the versioning state, first delete the replication"
                        + " configuration.");
        s3.versioning("src", BucketVersioningStatus.ENABLED);

        client.deleteBucketReplication(b -> b.bucket("src"));
        s3.versioning("src", BucketVersioningStatus.SUSPENDED);
        assertThat(client.getBucketVersioning(b -> b.bucket("src")).status())
                .isEqualTo(BucketVersioningStatus.SUSPENDED);
    }

    // [R110]: the configuration goes with the bucket, and a reset clears it
    @Test
    void theConfigurationGoesWithItsBucketAndWithAReset() {
        put(rule("r", 1).build());
        client.deleteBucket(b -> b.bucket("src"));
        s3.createVersionedBucket("src");
        s3Error(() -> client.getBucketReplication(b -> b.bucket("src")), 404, "ReplicationConfigurationNotFoundError");

        put(rule("r", 1).build());
        s3.emulator().reset();
        s3.createVersionedBucket("src");

        s3Error(() -> client.getBucketReplication(b -> b.bucket("src")), 404, "ReplicationConfigurationNotFoundError");
    }

    private HttpResponse<String> rawPut(String xml) {
        return rawPut(xml, Map.of());
    }

    private HttpResponse<String> rawPut(String xml, Map<String, String> extra) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        var headers = new java.util.HashMap<>(extra);
        headers.put("Content-MD5", md5(body));
        return s3.raw("PUT", "/src?replication", headers, body);
    }

    private static String md5(byte[] body) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
