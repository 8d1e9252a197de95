package dev.objectlock.emulator.domain.authorization;

import static dev.objectlock.emulator.domain.authorization.OperationAccess.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.authorization.AccessRequest.LockValues;
import dev.objectlock.emulator.http.S3Operation;
import dev.objectlock.emulator.http.control.ControlOperation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operation table, row by row ([P.6], P36, P42): for a request, the actions the evaluator must
 * allow, in order, each as {@code action on resource}. Reads like the "Permissions" paragraphs of the
 * S3 API Reference; every served operation has a row.
 */
class OperationAccessTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String B = "arn:aws:s3:::b";
    private static final String O = "arn:aws:s3:::b/k";

    private static AccessRequest object(OperationAccess row) {
        return AccessRequest.object(row, "b", "k", null);
    }

    private static AccessRequest version(OperationAccess row) {
        return AccessRequest.object(row, "b", "k", "v1");
    }

    private static AccessRequest bucket(OperationAccess row) {
        return AccessRequest.bucket(row, "b");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // request -> actions, in evaluation order        -- source
                row("ListBuckets", AccessRequest.account(LIST_BUCKETS), "s3:ListAllMyBuckets on *"),
                row("CreateBucket", bucket(CREATE_BUCKET), "s3:CreateBucket on " + B),
                row(
                        "CreateBucket with Object Lock also configures lock and versioning (SDK model CreateBucket)",
                        bucket(CREATE_BUCKET).withBucketObjectLock(true),
                        "s3:CreateBucket on " + B,
                        "s3:PutBucketObjectLockConfiguration on " + B,
                        "s3:PutBucketVersioning on " + B),
                row("HeadBucket is ListBucket", bucket(HEAD_BUCKET), "s3:ListBucket on " + B),
                row("DeleteBucket", bucket(DELETE_BUCKET), "s3:DeleteBucket on " + B),
                row("GetBucketLocation", bucket(GET_BUCKET_LOCATION), "s3:GetBucketLocation on " + B),
                row("PutBucketVersioning", bucket(PUT_BUCKET_VERSIONING), "s3:PutBucketVersioning on " + B),
                row("GetBucketVersioning", bucket(GET_BUCKET_VERSIONING), "s3:GetBucketVersioning on " + B),
                row("ListObjects", bucket(LIST_OBJECTS), "s3:ListBucket on " + B),
                row("ListObjectsV2", bucket(LIST_OBJECTS_V2), "s3:ListBucket on " + B),
                row("ListObjectVersions", bucket(LIST_OBJECT_VERSIONS), "s3:ListBucketVersions on " + B),
                row("PutObject", object(PUT_OBJECT), "s3:PutObject on " + O),
                row(
                        "PutObject with lock headers, legal hold and tags (SDK model PutObject; versitygw#1986)",
                        object(PUT_OBJECT)
                                .withLock(new LockValues("GOVERNANCE", "2030-01-02T00:00:00Z", "ON"))
                                .withTagging(true),
                        "s3:PutObject on " + O,
                        "s3:PutObjectRetention on " + O,
                        "s3:PutObjectLegalHold on " + O,
                        "s3:PutObjectTagging on " + O),
                row(
                        "PutObject with only a retain-until date still needs PutObjectRetention",
                        object(PUT_OBJECT).withLock(new LockValues(null, "2030-01-02T00:00:00Z", null)),
                        "s3:PutObject on " + O,
                        "s3:PutObjectRetention on " + O),
                row(
                        "PutObject ignores the bypass header (no row extra)",
                        object(PUT_OBJECT).withBypass(true),
                        "s3:PutObject on " + O),
                row(
                        "CopyObject reads the source first",
                        object(COPY_OBJECT).withCopySource("src", "a/b", null),
                        "s3:GetObject on arn:aws:s3:::src/a/b",
                        "s3:PutObject on " + O),
                row(
                        "CopyObject of a source version, with a legal hold",
                        object(COPY_OBJECT).withCopySource("src", "a", "v0").withLock(new LockValues(null, null, "ON")),
                        "s3:GetObjectVersion on arn:aws:s3:::src/a",
                        "s3:PutObject on " + O,
                        "s3:PutObjectLegalHold on " + O),
                row("GetObject", object(GET_OBJECT), "s3:GetObject on " + O),
                row(
                        "GetObject of a version: GetObjectVersion instead",
                        version(GET_OBJECT),
                        "s3:GetObjectVersion on " + O),
                row("HeadObject", object(HEAD_OBJECT), "s3:GetObject on " + O),
                row("HeadObject of a version", version(HEAD_OBJECT), "s3:GetObjectVersion on " + O),
                row(
                        "GetObjectAttributes",
                        object(GET_OBJECT_ATTRIBUTES),
                        "s3:GetObject on " + O,
                        "s3:GetObjectAttributes on " + O),
                row(
                        "GetObjectAttributes of a version",
                        version(GET_OBJECT_ATTRIBUTES),
                        "s3:GetObjectVersion on " + O,
                        "s3:GetObjectVersionAttributes on " + O),
                row("DeleteObject", object(DELETE_OBJECT), "s3:DeleteObject on " + O),
                row(
                        "DeleteObject of a version: DeleteObjectVersion only (E.14)",
                        version(DELETE_OBJECT),
                        "s3:DeleteObjectVersion on " + O),
                row(
                        "DeleteObject with bypass true (P42)",
                        version(DELETE_OBJECT).withBypass(true),
                        "s3:DeleteObjectVersion on " + O,
                        "s3:BypassGovernanceRetention on " + O),
                row(
                        "DeleteObject with bypass false: no evaluation (P42)",
                        version(DELETE_OBJECT).withBypass(false),
                        "s3:DeleteObjectVersion on " + O),
                row("DeleteObjects entry", object(DELETE_OBJECTS), "s3:DeleteObject on " + O),
                row(
                        "DeleteObjects entry with a version and bypass (P74)",
                        version(DELETE_OBJECTS).withBypass(true),
                        "s3:DeleteObjectVersion on " + O,
                        "s3:BypassGovernanceRetention on " + O),
                row("PutObjectRetention", version(PUT_OBJECT_RETENTION), "s3:PutObjectRetention on " + O),
                row(
                        "PutObjectRetention with bypass",
                        object(PUT_OBJECT_RETENTION).withBypass(true),
                        "s3:PutObjectRetention on " + O,
                        "s3:BypassGovernanceRetention on " + O),
                row("GetObjectRetention", version(GET_OBJECT_RETENTION), "s3:GetObjectRetention on " + O),
                row(
                        "PutObjectLegalHold: no version-specific action",
                        version(PUT_OBJECT_LEGAL_HOLD),
                        "s3:PutObjectLegalHold on " + O),
                row("GetObjectLegalHold", object(GET_OBJECT_LEGAL_HOLD), "s3:GetObjectLegalHold on " + O),
                row("PutObjectTagging", object(PUT_OBJECT_TAGGING), "s3:PutObjectTagging on " + O),
                row("PutObjectTagging of a version", version(PUT_OBJECT_TAGGING), "s3:PutObjectVersionTagging on " + O),
                row("GetObjectTagging of a version", version(GET_OBJECT_TAGGING), "s3:GetObjectVersionTagging on " + O),
                row(
                        "DeleteObjectTagging of a version",
                        version(DELETE_OBJECT_TAGGING),
                        "s3:DeleteObjectVersionTagging on " + O),
                row(
                        "CreateMultipartUpload with lock headers, as PutObject [UNCERTAIN]",
                        object(CREATE_MULTIPART_UPLOAD)
                                .withLock(new LockValues("COMPLIANCE", "2031-01-01T00:00:00Z", null)),
                        "s3:PutObject on " + O,
                        "s3:PutObjectRetention on " + O),
                row("UploadPart", object(UPLOAD_PART), "s3:PutObject on " + O),
                row(
                        "UploadPartCopy",
                        object(UPLOAD_PART_COPY).withCopySource("src", "a", null),
                        "s3:GetObject on arn:aws:s3:::src/a",
                        "s3:PutObject on " + O),
                row("CompleteMultipartUpload", object(COMPLETE_MULTIPART_UPLOAD), "s3:PutObject on " + O),
                row("AbortMultipartUpload", object(ABORT_MULTIPART_UPLOAD), "s3:AbortMultipartUpload on " + O),
                row("ListParts", object(LIST_PARTS), "s3:ListMultipartUploadParts on " + O),
                row("ListMultipartUploads", bucket(LIST_MULTIPART_UPLOADS), "s3:ListBucketMultipartUploads on " + B),
                row(
                        "PutObjectLockConfiguration",
                        bucket(PUT_OBJECT_LOCK_CONFIGURATION),
                        "s3:PutBucketObjectLockConfiguration on " + B),
                row(
                        "GetObjectLockConfiguration",
                        bucket(GET_OBJECT_LOCK_CONFIGURATION),
                        "s3:GetBucketObjectLockConfiguration on " + B),
                row("PutBucketPolicy", bucket(PUT_BUCKET_POLICY), "s3:PutBucketPolicy on " + B),
                row(
                        "PutBucketLifecycleConfiguration",
                        bucket(PUT_BUCKET_LIFECYCLE_CONFIGURATION),
                        "s3:PutLifecycleConfiguration on " + B),
                row(
                        "GetBucketLifecycleConfiguration",
                        bucket(GET_BUCKET_LIFECYCLE_CONFIGURATION),
                        "s3:GetLifecycleConfiguration on " + B),
                row(
                        "DeleteBucketLifecycle needs the PUT action",
                        bucket(DELETE_BUCKET_LIFECYCLE),
                        "s3:PutLifecycleConfiguration on " + B),
                row("PutBucketReplication", bucket(PUT_BUCKET_REPLICATION), "s3:PutReplicationConfiguration on " + B),
                row("GetBucketReplication", bucket(GET_BUCKET_REPLICATION), "s3:GetReplicationConfiguration on " + B),
                row(
                        "DeleteBucketReplication needs the PUT action",
                        bucket(DELETE_BUCKET_REPLICATION),
                        "s3:PutReplicationConfiguration on " + B),
                row("GetBucketAcl", bucket(GET_BUCKET_ACL), "s3:GetBucketAcl on " + B),
                row("PutBucketAcl", bucket(PUT_BUCKET_ACL), "s3:PutBucketAcl on " + B),
                row("GetObjectAcl", object(GET_OBJECT_ACL), "s3:GetObjectAcl on " + O),
                row("GetObjectAcl of a version", version(GET_OBJECT_ACL), "s3:GetObjectVersionAcl on " + O),
                row("PutObjectAcl", object(PUT_OBJECT_ACL), "s3:PutObjectAcl on " + O),
                row("PutObjectAcl of a version", version(PUT_OBJECT_ACL), "s3:PutObjectVersionAcl on " + O),
                row(
                        "PutBucketOwnershipControls",
                        bucket(PUT_BUCKET_OWNERSHIP_CONTROLS),
                        "s3:PutBucketOwnershipControls on " + B),
                row(
                        "GetBucketOwnershipControls",
                        bucket(GET_BUCKET_OWNERSHIP_CONTROLS),
                        "s3:GetBucketOwnershipControls on " + B),
                row(
                        "DeleteBucketOwnershipControls needs the PUT action",
                        bucket(DELETE_BUCKET_OWNERSHIP_CONTROLS),
                        "s3:PutBucketOwnershipControls on " + B),
                row(
                        "CreateJob on job/* (P73)",
                        AccessRequest.account(CREATE_JOB),
                        "s3:CreateJob on arn:aws:s3:eu-west-2:123456789012:job/*"),
                row(
                        "DescribeJob",
                        AccessRequest.job(DESCRIBE_JOB, "j-1"),
                        "s3:DescribeJob on arn:aws:s3:eu-west-2:123456789012:job/j-1"),
                row("ListJobs", AccessRequest.account(LIST_JOBS), "s3:ListJobs on *"),
                row(
                        "UpdateJobStatus",
                        AccessRequest.job(UPDATE_JOB_STATUS, "j-1"),
                        "s3:UpdateJobStatus on arn:aws:s3:eu-west-2:123456789012:job/j-1"),
                row(
                        "UpdateJobPriority",
                        AccessRequest.job(UPDATE_JOB_PRIORITY, "j-1"),
                        "s3:UpdateJobPriority on arn:aws:s3:eu-west-2:123456789012:job/j-1"),
                row(
                        "PutJobTagging",
                        AccessRequest.job(PUT_JOB_TAGGING, "j-1"),
                        "s3:PutJobTagging on arn:aws:s3:eu-west-2:123456789012:job/j-1"));
    }

    private static Arguments row(String description, AccessRequest request, String... expected) {
        return Arguments.of(description, request, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void requiredActions(String description, AccessRequest request, List<String> expected) {
        List<String> actual =
                AccessRequirements.of(request, ConditionContext.EMPTY, NOW, "eu-west-2", "123456789012").stream()
                        .map(r -> r.action() + " on " + r.resourceArn())
                        .toList();

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyServedOperationHasARowOfTheSameName() {
        List<String> served = Stream.concat(
                        Arrays.stream(S3Operation.values()).map(Enum::name),
                        Arrays.stream(ControlOperation.values()).map(Enum::name))
                .toList();

        assertThat(served)
                .allSatisfy(name -> assertThat(OperationAccess.of(name).name()).isEqualTo(name));
    }

    @Test
    void onlyTheBodyRowsAreLeftToTheServices() {
        assertThat(Arrays.stream(values()).filter(r -> !r.checkedBeforeTheHandler()))
                .containsExactlyInAnyOrder(
                        DELETE_OBJECTS,
                        PUT_OBJECT_RETENTION,
                        PUT_OBJECT_LEGAL_HOLD,
                        // the job rows: their keys come from the body and the job addressed ([P90])
                        CREATE_JOB,
                        DESCRIBE_JOB,
                        UPDATE_JOB_STATUS,
                        UPDATE_JOB_PRIORITY,
                        PUT_JOB_TAGGING,
                        GET_JOB_TAGGING,
                        DELETE_JOB_TAGGING);
    }
}
