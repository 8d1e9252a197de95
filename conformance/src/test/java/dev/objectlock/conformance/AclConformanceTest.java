package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.AccessControlPolicy;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;

/**
 * ACLs and Object Ownership controls ([R80]-[R86]). Only grants to the owner and to the LogDelivery
 * group are set, never public ones, so the Block Public Access that AWS puts on new buckets lets each
 * scenario through unchanged ([K28]).
 */
class AclConformanceTest extends Scenario {

    private static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
    private static final String MALFORMED =
            "The XML you provided was not well-formed or did not validate against our published schema";

    private String ownerId() {
        return s3.listBuckets().owner().id();
    }

    private Grant owner() {
        return Grant.builder()
                .grantee(g -> g.type(Type.CANONICAL_USER).id(ownerId()))
                .permission(Permission.FULL_CONTROL)
                .build();
    }

    private static Grant logDelivery(Permission permission) {
        return Grant.builder()
                .grantee(g -> g.type(Type.GROUP).uri(LOG_DELIVERY))
                .permission(permission)
                .build();
    }

    /** A bucket whose ownership controls were deleted, which turns ACLs on (as LocalStack's allow_bucket_acl). */
    private String bucketWithAcls() {
        String bucket = buckets.create();
        s3.deleteBucketOwnershipControls(b -> b.bucket(bucket));
        return bucket;
    }

    private ObjectOwnership ownership(String bucket) {
        return s3.getBucketOwnershipControls(b -> b.bucket(bucket))
                .ownershipControls()
                .rules()
                .get(0)
                .objectOwnership();
    }

    @Test
    @AwsSource(
            rules = {"R80", "E84"},
            value = "ls-api test_crud_bucket_ownership_controls [AWS-recorded]")
    void newBucketIsBucketOwnerEnforcedUntilControlsChangeOrGo() {
        String bucket = buckets.create();
        assertThat(ownership(bucket)).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED);

        s3.putBucketOwnershipControls(b -> b.bucket(bucket)
                .ownershipControls(c -> c.rules(r -> r.objectOwnership(ObjectOwnership.OBJECT_WRITER))));
        assertThat(ownership(bucket)).isEqualTo(ObjectOwnership.OBJECT_WRITER);

        assertThat(s3.deleteBucketOwnershipControls(b -> b.bucket(bucket))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
        assertS3Error(() -> s3.getBucketOwnershipControls(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("OwnershipControlsNotFoundError")
                .hasMessage("The bucket ownership controls were not found")
                .hasElement("BucketName", bucket);
        assertThat(s3.deleteBucketOwnershipControls(b -> b.bucket(bucket))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    @AwsSource(rules = "R80", value = "ls-api test_bucket_ownership_controls_exc [AWS-recorded]")
    void ownershipControlsNeedExactlyOneKnownRule() {
        String bucket = buckets.create();
        assertS3Error(() -> s3.putBucketOwnershipControls(b -> b.bucket(bucket)
                        .ownershipControls(c -> c.rules(
                                r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED),
                                r -> r.objectOwnership(ObjectOwnership.OBJECT_WRITER)))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED);
        assertS3Error(() -> s3.putBucketOwnershipControls(
                        b -> b.bucket(bucket).ownershipControls(c -> c.rules(r -> r.objectOwnership("RandomValue")))))
                .hasStatus(400)
                .hasCode("MalformedXML");
        String unused = buckets.unusedName();
        assertS3Error(() -> s3.createBucket(b -> b.bucket(unused).objectOwnership("RandomValue")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid x-amz-object-ownership header: RandomValue")
                .hasElement("ArgumentName", "x-amz-object-ownership");
        assertThat(ownership(bucket)).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED);
    }

    @Test
    @AwsSource(
            rules = {"R82", "E80"},
            value = "UG object-ownership-error-responses; order: ls-s3 test_s3_bucket_acl_exceptions [AWS-recorded]")
    void enforcedBucketShowsTheOwnerAndRefusesGrantsToOthers() {
        String bucket = buckets.create();
        steps.put(bucket, "k", "v");
        var acl = s3.getBucketAcl(b -> b.bucket(bucket));
        assertThat(acl.owner().id()).isEqualTo(ownerId());
        assertThat(acl.grants()).containsExactly(owner());
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants()).containsExactly(owner());

        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).grantWrite("uri=\"" + LOG_DELIVERY + "\"")))
                .hasStatus(400)
                .hasCode("AccessControlListNotSupported")
                .hasMessage("The bucket does not allow ACLs");
        assertS3Error(() -> s3.putObject(
                        b -> b.bucket(bucket).key("k2").grantRead("uri=\"" + LOG_DELIVERY + "\""),
                        RequestBody.fromString("x")))
                .hasStatus(400)
                .hasCode("AccessControlListNotSupported");
        s3.putObject(
                b -> b.bucket(bucket).key("k3").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
                RequestBody.fromString("x"));
        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE));
        // validation first: a bad canned name is InvalidArgument even here
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl("fake-acl")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasElement("ArgumentName", "x-amz-acl")
                .hasElement("ArgumentValue", "fake-acl");
    }

    @Test
    @AwsSource(
            rules = {"R81", "R83", "R84", "E82", "E83", "E85"},
            value = "ls-s3 test_s3_bucket_acl_exceptions, test_s3_object_acl_exceptions [AWS-recorded]")
    void aclRequestsAreValidatedAsRecorded() {
        String bucket = buckets.create();
        steps.put(bucket, "k", "v");
        assertS3Error(() -> s3.putBucketAcl(
                        b -> b.bucket(bucket).grantWrite("uri=\"http://acs.amazonaws.com/groups/s3/FakeGroup\"")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid group uri")
                .hasElement("ArgumentName", "uri");
        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket).key("k").grantWrite("fakekey=\"1234\"")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Argument format not recognized")
                .hasElement("ArgumentName", "x-amz-grant-write")
                .hasElement("ArgumentValue", "fakekey=\"1234\"");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).grantWrite("id=\"wrong-id\"")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid id")
                .hasElement("ArgumentName", "id");
        AccessControlPolicy noOwner = AccessControlPolicy.builder()
                .grants(logDelivery(Permission.WRITE))
                .build();
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(noOwner)))
                .hasStatus(400)
                .hasCode("MalformedACLError")
                .hasMessage(MALFORMED);
        AccessControlPolicy wrongOwner = noOwner.toBuilder()
                .owner(Owner.builder().id("wrong-id").build())
                .build();
        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket).key("k").accessControlPolicy(wrongOwner)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid id")
                .hasElement("ArgumentName", "CanonicalUser/ID")
                .hasElement("ArgumentValue", "wrong-id");
        assertS3Error(() -> s3.putBucketAcl(b -> b.bucket(bucket)))
                .hasStatus(400)
                .hasCode("MissingSecurityHeader")
                .hasMessage("Your request was missing a required header")
                .hasElement("MissingHeaderName", "x-amz-acl");
        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket)
                        .key("k")
                        .acl(ObjectCannedACL.PRIVATE)
                        .grantRead("uri=\"" + LOG_DELIVERY + "\"")))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("Specifying both Canned ACLs and Header Grants is not allowed");
        AccessControlPolicy ownerOnly = AccessControlPolicy.builder()
                .owner(Owner.builder().id(ownerId()).build())
                .grants(owner())
                .build();
        assertS3Error(() -> s3.putBucketAcl(
                        b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE).accessControlPolicy(ownerOnly)))
                .hasStatus(400)
                .hasCode("UnexpectedContent")
                .hasMessage("This request does not support content");
    }

    @Test
    @AwsSource(
            rules = {"R81", "R82"},
            value = "ls-s3 test_s3_object_acl, test_s3_bucket_acl (with LogDelivery grants) [AWS-recorded]")
    void withoutControlsAclsAreStoredForBucketsAndEachVersion() {
        String bucket = bucketWithAcls();
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status("Enabled")));
        String v1 = steps.putVersion(bucket, "k", "one");
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants()).containsExactly(owner());

        s3.putObjectAcl(b -> b.bucket(bucket).key("k").grantRead("uri=\"" + LOG_DELIVERY + "\""));
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k")).grants())
                .containsExactly(logDelivery(Permission.READ));
        String v2 = steps.putVersion(bucket, "k", "two");
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId(v2)).grants())
                .containsExactly(owner());
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId(v1)).grants())
                .containsExactly(logDelivery(Permission.READ));

        AccessControlPolicy policy = AccessControlPolicy.builder()
                .owner(Owner.builder().id(ownerId()).build())
                .grants(owner(), logDelivery(Permission.WRITE))
                .build();
        s3.putBucketAcl(b -> b.bucket(bucket).accessControlPolicy(policy));
        var bucketAcl = s3.getBucketAcl(b -> b.bucket(bucket));
        assertThat(bucketAcl.owner().id()).isEqualTo(ownerId());
        assertThat(bucketAcl.grants()).containsExactly(owner(), logDelivery(Permission.WRITE));
        s3.putBucketAcl(b -> b.bucket(bucket).acl(BucketCannedACL.PRIVATE));
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).grants()).containsExactly(owner());
    }

    @Test
    @AwsSource(rules = "R81", value = "ls-s3 test_s3_multipart_upload_acls (with a LogDelivery grant) [AWS-recorded]")
    void multipartUploadAndCopyTakeTheAclOfTheirRequest() {
        String bucket = bucketWithAcls();
        String uploadId = s3.createMultipartUpload(
                        b -> b.bucket(bucket).key("mp").grantRead("uri=\"" + LOG_DELIVERY + "\""))
                .uploadId();
        String etag = s3.uploadPart(
                        b -> b.bucket(bucket).key("mp").uploadId(uploadId).partNumber(1), RequestBody.fromString("p"))
                .eTag();
        s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("mp")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("mp")).grants())
                .containsExactly(logDelivery(Permission.READ));

        s3.copyObject(b ->
                b.sourceBucket(bucket).sourceKey("mp").destinationBucket(bucket).destinationKey("copy"));
        assertThat(s3.getObjectAcl(b -> b.bucket(bucket).key("copy")).grants()).containsExactly(owner());
    }

    @Test
    @AwsSource(rules = "R86", value = "ls-s3 test_put_object_acl_on_delete_marker [AWS-recorded]")
    void deleteMarkerAnswersGet404ButPut405() {
        String bucket = bucketWithAcls();
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status("Enabled")));
        steps.put(bucket, "k", "v");
        String marker = s3.deleteObject(b -> b.bucket(bucket).key("k")).versionId();

        assertS3Error(() -> s3.putObjectAcl(b -> b.bucket(bucket).key("k").acl(ObjectCannedACL.PRIVATE)))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasElement("Method", "PUT")
                .hasElement("ResourceType", "DeleteMarker");
        assertS3Error(() -> s3.getObjectAcl(b -> b.bucket(bucket).key("k")))
                .hasStatus(404)
                .hasCode("NoSuchKey")
                .hasElement("Key", "k");
        assertS3Error(() -> s3.putObjectAcl(
                        b -> b.bucket(bucket).key("k").versionId(marker).acl(ObjectCannedACL.PRIVATE)))
                .hasStatus(405)
                .hasElement("Method", "PUT");
        assertS3Error(() -> s3.getObjectAcl(b -> b.bucket(bucket).key("k").versionId(marker)))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasElement("Method", "GET")
                .hasElement("ResourceType", "DeleteMarker");
    }
}
