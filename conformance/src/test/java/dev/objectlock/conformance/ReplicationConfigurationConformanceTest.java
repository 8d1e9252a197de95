package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplication;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;

/**
 * Replication configurations: what PutBucketReplication stores and refuses, and the versioning it
 * holds in place ([R110]-[R116], errors [E105]-[E112], [E115]). Nothing here waits for a copy, so
 * every scenario runs against AWS too (the role need not be assumable for the configuration API).
 */
class ReplicationConfigurationConformanceTest extends ObjectLockScenario {

    private static final String LOCALSTACK = "LocalStack tests/aws/services/s3/test_s3.py TestS3BucketReplication::";

    private String role() {
        return target.roleArn()
                .orElse("arn:aws:iam::" + target.accountId().orElse("123456789012") + ":role/objectlock-replication");
    }

    private static ReplicationRule.Builder rule(String id, int priority, String destination) {
        return ReplicationRule.builder()
                .id(id)
                .priority(priority)
                .status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix("ledger/"))
                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::" + destination));
    }

    private void put(String bucket, ReplicationRule... rules) {
        s3.putBucketReplication(b ->
                b.bucket(bucket).replicationConfiguration(c -> c.role(role()).rules(rules)));
    }

    @Test
    @AwsSource(
            rules = {"R110", "E105"},
            value = LOCALSTACK + "test_replication_config (aws.validated); API PutBucketReplication, "
                    + "GetBucketReplication, DeleteBucketReplication")
    void configurationIsPutReadAndDeleted() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();
        assertS3Error(() -> s3.getBucketReplication(b -> b.bucket(source)))
                .hasStatus(404)
                .hasCode("ReplicationConfigurationNotFoundError")
                .hasMessage("The replication configuration was not found")
                .hasElement("BucketName", source);

        put(
                source,
                rule("ledger", 1, destination).build(),
                rule(null, 2, destination).filter(f -> f.prefix("tax/")).build());
        var got = s3.getBucketReplication(b -> b.bucket(source)).replicationConfiguration();
        assertThat(got.role()).isEqualTo(role());
        assertThat(got.rules()).hasSize(2);
        assertThat(got.rules().get(0).id()).isEqualTo("ledger");
        assertThat(got.rules().get(0).filter().prefix()).isEqualTo("ledger/");
        assertThat(got.rules().get(0).destination().bucket()).isEqualTo("arn:aws:s3:::" + destination);
        assertThat(got.rules().get(1).id())
                .as("a rule sent without an ID is given one")
                .isNotBlank();

        assertThat(s3.deleteBucketReplication(b -> b.bucket(source))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
        assertS3Error(() -> s3.getBucketReplication(b -> b.bucket(source))).hasStatus(404);
        assertThat(s3.deleteBucketReplication(b -> b.bucket(source))
                        .sdkHttpResponse()
                        .statusCode())
                .as("deleting again is 204 too")
                .isEqualTo(204);
    }

    @Test
    @AwsSource(
            rules = {"R116", "E106"},
            value = LOCALSTACK + "test_replication_config (aws.validated)")
    void sourceWithoutVersioningEnabledIsRefused() {
        String source = buckets.create();
        String destination = buckets.createVersioned();

        assertS3Error(() -> put(source, rule("r", 1, destination).build()))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
    }

    @Test
    @AwsSource(
            rules = {"R116", "E107"},
            value = LOCALSTACK + "test_replication_config_without_filter (aws.validated); "
                    + "nozaq/terraform-aws-remote-state-s3-backend#107")
    void destinationMissingOrWithoutVersioningIsRefusedAlike() {
        String source = buckets.createVersioned();
        String unversioned = buckets.create();

        for (String destination : new String[] {buckets.unusedName(), unversioned}) {
            assertS3Error(() -> put(source, rule("r", 1, destination).build()))
                    .hasStatus(400)
                    .hasCode("InvalidRequest")
                    .hasMessage("Destination bucket must have versioning enabled.");
        }
    }

    @Test
    @AwsSource(
            rules = {"R111", "E108"},
            value = "UG replication-add-config, Backward compatibility considerations; the AWS answer as "
                    + "Terraform users quote it")
    void filteredRuleWithoutDeleteMarkerReplicationIsRefused() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();

        assertS3Error(() -> put(
                        source,
                        rule("r", 1, destination)
                                .deleteMarkerReplication((DeleteMarkerReplication) null)
                                .build()))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("DeleteMarkerReplication must be specified for this version of Cross Region Replication"
                        + " configuration schema. Please refer to S3 Developer Guide for more information.");
    }

    @Test
    @AwsSource(
            rules = {"R111", "E109"},
            value = "rust-lang/simpleinfra#468 (the AWS answer quoted)")
    void ruleLevelPrefixRefusesDeleteMarkerReplication() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();

        assertS3Error(() -> put(
                        source,
                        rule("r", 1, destination)
                                .filter((software.amazon.awssdk.services.s3.model.ReplicationRuleFilter) null)
                                .priority(null)
                                .prefix("ledger/")
                                .build()))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("DeleteMarkerReplication cannot be used for this version of Cross Region Replication"
                        + " configuration schema. Please refer to S3 Developer Guide for more information.");
    }

    @Test
    @AwsSource(
            rules = {"R111", "E110"},
            value = LOCALSTACK + "test_replication_config (aws.validated)")
    void noRuleIsMalformedXml() {
        String source = buckets.createVersioned();

        assertS3Error(() ->
                        s3.putBucketReplication(b -> b.bucket(source).replicationConfiguration(c -> c.role(role()))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
    }

    @Test
    @AwsSource(
            rules = {"R113", "E111"},
            value = "API ReplicationRule (Priority); UG replication-add-config; the message [UNCERTAIN]")
    void rulesThatShareAPriorityAreRefused() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();

        assertS3Error(() -> put(
                        source,
                        rule("a", 1, destination).build(),
                        rule("b", 1, destination)
                                .filter(f -> f.prefix("ledger/2030/"))
                                .build()))
                .hasStatus(400)
                .hasCode("InvalidRequest");
    }

    @Test
    @AwsSource(
            rules = {"R114", "E112"},
            value = "API DeleteMarkerReplication; the message [UNCERTAIN]")
    void deleteMarkerReplicationWithATagFilterIsRefused() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();

        assertS3Error(() -> put(
                        source,
                        rule("r", 1, destination)
                                .filter(f -> f.tag(t -> t.key("class").value("record")))
                                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.ENABLED))
                                .build()))
                .hasStatus(400)
                .hasCode("InvalidRequest");
    }

    @Test
    @AwsSource(
            rules = {"R116", "E115"},
            value = "API PutBucketVersioning; the AWS answer quoted by users of terraform destroy [UNCERTAIN: status]")
    void versioningCannotBeSuspendedWhileAConfigurationExists() {
        String source = buckets.createVersioned();
        String destination = buckets.createVersioned();
        put(source, rule("r", 1, destination).build());

        assertS3Error(() -> s3.putBucketVersioning(
                        b -> b.bucket(source).versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED))))
                .hasStatus(409)
                .hasCode("InvalidBucketState")
                .hasMessage("A replication configuration is present on this bucket, so you cannot change the"
                        + " versioning state. To change the versioning state, first delete the replication"
                        + " configuration.");

        s3.deleteBucketReplication(b -> b.bucket(source));
        s3.putBucketVersioning(
                b -> b.bucket(source).versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED)));
        assertThat(s3.getBucketVersioning(b -> b.bucket(source)).status()).isEqualTo(BucketVersioningStatus.SUSPENDED);
    }

    @Test
    @AwsSource(
            rules = {"R115"},
            value = "UG object-lock-managing, Using Object Lock with S3 Replication; UG replication-failure-codes "
                    + "DstBucketObjectLockConfigMissing")
    void lockedSourceMayNameADestinationWithoutObjectLock() {
        String source = buckets.createWithObjectLock();
        String destination = buckets.createVersioned();

        put(source, rule("r", 1, destination).build());

        assertThat(s3.getBucketReplication(b -> b.bucket(source))
                        .replicationConfiguration()
                        .rules())
                .singleElement()
                .satisfies(r -> assertThat(r.destination().bucket()).isEqualTo("arn:aws:s3:::" + destination));
    }
}
