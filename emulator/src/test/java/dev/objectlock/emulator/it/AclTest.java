package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AccessControlPolicy;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Type;

/** ACLs and Object Ownership controls through the SDK ([R80]-[R86]). */
class AclTest {

    private static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    private static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private String ownerId() {
        return client.listBuckets().owner().id();
    }

    private static Grant group(String uri, Permission permission) {
        return Grant.builder()
                .grantee(g -> g.type(Type.GROUP).uri(uri))
                .permission(permission)
                .build();
    }

    private Grant owner(Permission permission) {
        return Grant.builder()
                .grantee(g -> g.type(Type.CANONICAL_USER).id(ownerId()))
                .permission(permission)
                .build();
    }

    private void aclsEnabled(String bucket) {
        client.createBucket(b -> b.bucket(bucket).objectOwnership(ObjectOwnership.OBJECT_WRITER));
    }

    @Test
    void ownershipControlsCrud() {
        s3.createBucket("own");
        assertThat(client.getBucketOwnershipControls(b -> b.bucket("own"))
                        .ownershipControls()
                        .rules())
                .singleElement()
                .satisfies(r -> assertThat(r.objectOwnership()).isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED));
        client.putBucketOwnershipControls(b -> b.bucket("own")
                .ownershipControls(c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED))));
        assertThat(client.getBucketOwnershipControls(b -> b.bucket("own"))
                        .ownershipControls()
                        .rules()
                        .get(0)
                        .objectOwnership())
                .isEqualTo(ObjectOwnership.BUCKET_OWNER_PREFERRED);
        client.deleteBucketOwnershipControls(b -> b.bucket("own"));
        S3Exception e = s3Error(
                () -> client.getBucketOwnershipControls(b -> b.bucket("own")), 404, "OwnershipControlsNotFoundError");
        assertThat(errorElement(e, "BucketName")).contains("own");
        client.deleteBucketOwnershipControls(b -> b.bucket("own"));
        s3Error(
                () -> client.putBucketOwnershipControls(b -> b.bucket("own")
                        .ownershipControls(c -> c.rules(
                                r -> r.objectOwnership(ObjectOwnership.OBJECT_WRITER),
                                r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)))),
                400,
                "MalformedXML");
        s3Error(
                () -> client.putBucketOwnershipControls(
                        b -> b.bucket("own").ownershipControls(c -> c.rules(r -> r.objectOwnership("Nope")))),
                400,
                "MalformedXML");
        S3Exception bad = s3Error(
                () -> client.createBucket(b -> b.bucket("own2").objectOwnership("Nope")), 400, "InvalidArgument");
        assertThat(bad.awsErrorDetails().errorMessage()).isEqualTo("Invalid x-amz-object-ownership header: Nope");
        S3Assertions.headError(() -> client.headBucket(b -> b.bucket("own2")), 404);
    }

    @Test
    void enforcedBucketReadsOwnerAndRefusesOtherAcls() {
        s3.createBucket("enf");
        s3.put("enf", "k", "v");
        GetBucketAclResponse bucketAcl = client.getBucketAcl(b -> b.bucket("enf"));
        assertThat(bucketAcl.owner().id()).isEqualTo(ownerId());
        assertThat(bucketAcl.grants()).containsExactly(owner(Permission.FULL_CONTROL));
        // the SDKs find the grantee's kind by the literal xsi prefix
        assertThat(s3.raw("GET", "/enf?acl").body())
                .contains("<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                .contains(
                        "<Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">")
                .contains("<Permission>FULL_CONTROL</Permission>");
        s3Error(
                () -> client.putBucketAcl(b -> b.bucket("enf").acl(BucketCannedACL.PUBLIC_READ)),
                400,
                "AccessControlListNotSupported");
        s3Error(
                () -> client.putObject(
                        b -> b.bucket("enf").key("k2").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("x")),
                400,
                "AccessControlListNotSupported");
        S3Assertions.headError(() -> client.headObject(b -> b.bucket("enf").key("k2")), 404);
        client.putBucketAcl(b -> b.bucket("enf").acl(BucketCannedACL.PRIVATE));
        client.putObject(
                b -> b.bucket("enf").key("k3").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
                RequestBody.fromString("x"));
        client.putObjectAcl(b -> b.bucket("enf").key("k").acl(ObjectCannedACL.PRIVATE));
        assertThat(client.getObjectAcl(b -> b.bucket("enf").key("k")).grants())
                .containsExactly(owner(Permission.FULL_CONTROL));
        // validation comes before the ownership check
        S3Exception canned =
                s3Error(() -> client.putBucketAcl(b -> b.bucket("enf").acl("fake-acl")), 400, "InvalidArgument");
        assertThat(errorElement(canned, "ArgumentName")).contains("x-amz-acl");
        assertThat(errorElement(canned, "ArgumentValue")).contains("fake-acl");
        s3Error(
                () -> client.createBucket(b -> b.bucket("enf2").acl(BucketCannedACL.PUBLIC_READ)),
                400,
                "InvalidBucketAclWithObjectOwnership");
    }

    @Test
    void objectWriterStoresAclsPerVersion() {
        aclsEnabled("owr");
        s3.versioning("owr", software.amazon.awssdk.services.s3.model.BucketVersioningStatus.ENABLED);
        String v1 = s3.put("owr", "k", "one").versionId();
        String v2 = client.putObject(
                        b -> b.bucket("owr").key("k").acl(ObjectCannedACL.PUBLIC_READ_WRITE),
                        RequestBody.fromString("2"))
                .versionId();
        assertThat(client.getObjectAcl(b -> b.bucket("owr").key("k")).grants())
                .containsExactly(
                        owner(Permission.FULL_CONTROL),
                        group(ALL_USERS, Permission.READ),
                        group(ALL_USERS, Permission.WRITE));
        assertThat(client.getObjectAcl(b -> b.bucket("owr").key("k").versionId(v1))
                        .grants())
                .containsExactly(owner(Permission.FULL_CONTROL));
        client.putObjectAcl(b -> b.bucket("owr").key("k").versionId(v1).grantRead("uri=\"" + LOG_DELIVERY + "\""));
        assertThat(client.getObjectAcl(b -> b.bucket("owr").key("k").versionId(v1))
                        .grants())
                .containsExactly(group(LOG_DELIVERY, Permission.READ));
        assertThat(client.getObjectAcl(b -> b.bucket("owr").key("k").versionId(v2))
                        .grants())
                .hasSize(3);

        AccessControlPolicy policy = AccessControlPolicy.builder()
                .owner(Owner.builder().id(ownerId()).build())
                .grants(owner(Permission.FULL_CONTROL), group(LOG_DELIVERY, Permission.WRITE))
                .build();
        client.putBucketAcl(b -> b.bucket("owr").accessControlPolicy(policy));
        assertThat(client.getBucketAcl(b -> b.bucket("owr")).grants())
                .containsExactly(owner(Permission.FULL_CONTROL), group(LOG_DELIVERY, Permission.WRITE));
        // bucket ACL that grants others cannot be combined with enforcing ownership
        s3Error(
                () -> client.putBucketOwnershipControls(b -> b.bucket("owr")
                        .ownershipControls(
                                c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)))),
                400,
                "InvalidBucketAclWithObjectOwnership");
    }

    @Test
    void copyAndMultipartTakeTheRequestedAcl() {
        aclsEnabled("cpm");
        client.putObject(b -> b.bucket("cpm").key("src").acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("s"));
        client.copyObject(b ->
                b.sourceBucket("cpm").sourceKey("src").destinationBucket("cpm").destinationKey("plain"));
        assertThat(client.getObjectAcl(b -> b.bucket("cpm").key("plain")).grants())
                .containsExactly(owner(Permission.FULL_CONTROL));
        client.copyObject(b -> b.sourceBucket("cpm")
                .sourceKey("src")
                .destinationBucket("cpm")
                .destinationKey("authed")
                .acl(ObjectCannedACL.AUTHENTICATED_READ));
        assertThat(client.getObjectAcl(b -> b.bucket("cpm").key("authed")).grants())
                .containsExactly(
                        owner(Permission.FULL_CONTROL),
                        group("http://acs.amazonaws.com/groups/global/AuthenticatedUsers", Permission.READ));

        String uploadId = client.createMultipartUpload(
                        b -> b.bucket("cpm").key("mp").acl(ObjectCannedACL.PUBLIC_READ))
                .uploadId();
        String etag = client.uploadPart(
                        b -> b.bucket("cpm").key("mp").uploadId(uploadId).partNumber(1), RequestBody.fromString("p"))
                .eTag();
        client.completeMultipartUpload(b -> b.bucket("cpm")
                .key("mp")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
        assertThat(client.getObjectAcl(b -> b.bucket("cpm").key("mp")).grants())
                .containsExactly(owner(Permission.FULL_CONTROL), group(ALL_USERS, Permission.READ));
    }

    @Test
    void validationErrorsAsRecorded() {
        aclsEnabled("val");
        s3.put("val", "k", "v");
        S3Exception uri = s3Error(
                () -> client.putObjectAcl(b ->
                        b.bucket("val").key("k").grantWrite("uri=\"http://acs.amazonaws.com/groups/s3/FakeGroup\"")),
                400,
                "InvalidArgument");
        assertThat(uri.awsErrorDetails().errorMessage()).isEqualTo("Invalid group uri");
        assertThat(errorElement(uri, "ArgumentName")).contains("uri");
        S3Exception key = s3Error(
                () -> client.putBucketAcl(b -> b.bucket("val").grantWrite("fakekey=\"1234\"")), 400, "InvalidArgument");
        assertThat(key.awsErrorDetails().errorMessage()).isEqualTo("Argument format not recognized");
        assertThat(errorElement(key, "ArgumentName")).contains("x-amz-grant-write");
        S3Exception id = s3Error(
                () -> client.putBucketAcl(b -> b.bucket("val").grantWrite("id=\"wrong-id\"")), 400, "InvalidArgument");
        assertThat(id.awsErrorDetails().errorMessage()).isEqualTo("Invalid id");
        s3Error(
                () -> client.putBucketAcl(b ->
                        b.bucket("val").accessControlPolicy(p -> p.grants(group(LOG_DELIVERY, Permission.WRITE)))),
                400,
                "MalformedACLError");
        S3Exception ownerId = s3Error(
                () -> client.putBucketAcl(b -> b.bucket("val")
                        .accessControlPolicy(
                                p -> p.owner(o -> o.id("wrong-id")).grants(group(LOG_DELIVERY, Permission.WRITE)))),
                400,
                "InvalidArgument");
        assertThat(errorElement(ownerId, "ArgumentName")).contains("CanonicalUser/ID");
        S3Exception missing = s3Error(() -> client.putBucketAcl(b -> b.bucket("val")), 400, "MissingSecurityHeader");
        assertThat(errorElement(missing, "MissingHeaderName")).contains("x-amz-acl");
        s3Error(
                () -> client.putObjectAcl(b -> b.bucket("val")
                        .key("k")
                        .acl(ObjectCannedACL.PRIVATE)
                        .grantRead("uri=\"" + LOG_DELIVERY + "\"")),
                400,
                "InvalidRequest");
        s3Error(
                () -> client.putObjectAcl(b -> b.bucket("val")
                        .key("k")
                        .acl(ObjectCannedACL.PRIVATE)
                        .accessControlPolicy(
                                p -> p.owner(o -> o.id(ownerId())).grants(owner(Permission.FULL_CONTROL)))),
                400,
                "UnexpectedContent");
        assertThat(client.getObjectAcl(b -> b.bucket("val").key("k")).grants())
                .containsExactly(owner(Permission.FULL_CONTROL));
    }

    @Test
    void deleteMarkers() {
        aclsEnabled("dmk");
        s3.versioning("dmk", software.amazon.awssdk.services.s3.model.BucketVersioningStatus.ENABLED);
        s3.put("dmk", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("dmk").key("k")).versionId();
        s3Error(() -> client.getObjectAcl(b -> b.bucket("dmk").key("k")), 404, "NoSuchKey");
        S3Exception put = s3Error(
                () -> client.putObjectAcl(b -> b.bucket("dmk").key("k").acl(ObjectCannedACL.PUBLIC_READ)),
                405,
                "MethodNotAllowed");
        assertThat(errorElement(put, "Method")).contains("PUT");
        assertThat(errorElement(put, "ResourceType")).contains("DeleteMarker");
        S3Exception get = s3Error(
                () -> client.getObjectAcl(b -> b.bucket("dmk").key("k").versionId(marker)), 405, "MethodNotAllowed");
        assertThat(errorElement(get, "Method")).contains("GET");
    }

    @Test
    void aclsGoWithBucketAndReset() {
        aclsEnabled("gone");
        client.putBucketAcl(b -> b.bucket("gone").acl(BucketCannedACL.PUBLIC_READ));
        client.deleteBucket(b -> b.bucket("gone"));
        s3.createBucket("gone");
        assertThat(client.getBucketAcl(b -> b.bucket("gone")).grants()).hasSize(1);
        assertThat(List.of(client.getBucketOwnershipControls(b -> b.bucket("gone"))
                        .ownershipControls()
                        .rules()
                        .get(0)
                        .objectOwnership()))
                .containsExactly(ObjectOwnership.BUCKET_OWNER_ENFORCED);
    }
}
