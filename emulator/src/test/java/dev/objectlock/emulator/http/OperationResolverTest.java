package dev.objectlock.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Method x target x sub-resource words -> operation, from the request URIs in the S3 API
 * reference (e.g. {@code GET /{Bucket}?versions} is ListObjectVersions). Query words are given
 * space-separated; {@code copy} adds an {@code x-amz-copy-source} header.
 */
class OperationResolverTest {

    private static final RequestTarget SERVICE = new RequestTarget(null, null);
    private static final RequestTarget BUCKET = new RequestTarget("bucket", null);
    private static final RequestTarget OBJECT = new RequestTarget("bucket", "key");

    @ParameterizedTest(name = "{0} {1} ?{2} -> {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "GET,    service, -,                      false, LIST_BUCKETS",
                "PUT,    bucket,  -,                      false, CREATE_BUCKET",
                "HEAD,   bucket,  -,                      false, HEAD_BUCKET",
                "DELETE, bucket,  -,                      false, DELETE_BUCKET",
                "GET,    bucket,  location,               false, GET_BUCKET_LOCATION",
                "PUT,    bucket,  versioning,             false, PUT_BUCKET_VERSIONING",
                "GET,    bucket,  versioning,             false, GET_BUCKET_VERSIONING",
                "PUT,    bucket,  policy,                 false, PUT_BUCKET_POLICY",
                "GET,    bucket,  policy,                 false, GET_BUCKET_POLICY",
                "DELETE, bucket,  policy,                 false, DELETE_BUCKET_POLICY",
                "GET,    bucket,  policyStatus,           false, GET_BUCKET_POLICY_STATUS",
                "GET,    bucket,  -,                      false, LIST_OBJECTS",
                "GET,    bucket,  prefix delimiter marker,false, LIST_OBJECTS",
                "GET,    bucket,  list-type,              false, LIST_OBJECTS_V2",
                "GET,    bucket,  list-type continuation-token, false, LIST_OBJECTS_V2",
                "GET,    bucket,  versions,               false, LIST_OBJECT_VERSIONS",
                "GET,    bucket,  versions key-marker version-id-marker, false, LIST_OBJECT_VERSIONS",
                "GET,    bucket,  uploads,                false, LIST_MULTIPART_UPLOADS",
                "POST,   bucket,  delete,                 false, DELETE_OBJECTS",
                "PUT,    object,  -,                      false, PUT_OBJECT",
                "PUT,    object,  -,                      true,  COPY_OBJECT",
                "GET,    object,  -,                      false, GET_OBJECT",
                "GET,    object,  versionId,              false, GET_OBJECT",
                "HEAD,   object,  versionId,              false, HEAD_OBJECT",
                "DELETE, object,  -,                      false, DELETE_OBJECT",
                "DELETE, object,  versionId,              false, DELETE_OBJECT",
                "PUT,    object,  tagging,                false, PUT_OBJECT_TAGGING",
                "GET,    object,  tagging versionId,      false, GET_OBJECT_TAGGING",
                "DELETE, object,  tagging,                false, DELETE_OBJECT_TAGGING",
                "POST,   object,  uploads,                false, CREATE_MULTIPART_UPLOAD",
                "PUT,    object,  uploadId partNumber,    false, UPLOAD_PART",
                "PUT,    object,  uploadId partNumber,    true,  UPLOAD_PART_COPY",
                "POST,   object,  uploadId,               false, COMPLETE_MULTIPART_UPLOAD",
                "DELETE, object,  uploadId,               false, ABORT_MULTIPART_UPLOAD",
                "GET,    object,  uploadId,               false, LIST_PARTS",
                "GET,    bucket,  acl,                    false, GET_BUCKET_ACL",
                "PUT,    bucket,  acl,                    false, PUT_BUCKET_ACL",
                "GET,    object,  acl versionId,          false, GET_OBJECT_ACL",
                "PUT,    object,  acl,                    false, PUT_OBJECT_ACL",
                "PUT,    bucket,  ownershipControls,      false, PUT_BUCKET_OWNERSHIP_CONTROLS",
                "GET,    bucket,  ownershipControls,      false, GET_BUCKET_OWNERSHIP_CONTROLS",
                "DELETE, bucket,  ownershipControls,      false, DELETE_BUCKET_OWNERSHIP_CONTROLS"
            })
    void resolves(String method, String target, String query, boolean copy, S3Operation expected) {
        assertThat(OperationResolver.resolve(method, target(target), words(query)::contains, copy))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} ?{2}")
    @CsvSource(
            nullValues = "-",
            value = {
                // sub-resources outside the emulator's scope: NotImplemented, never another operation.
                // (object-lock, retention and legal-hold are left out: they are being implemented.)
                "DELETE,  bucket,  acl",
                "POST,    object,  acl",
                "GET,     object,  ownershipControls",
                "GET,     service, acl",
                "PUT,     bucket,  website",
                "PUT,     object,  policy",
                "GET,     object,  policyStatus",
                "POST,    bucket,  policy",
                "HEAD,    bucket,  policy",
                "PUT,     bucket,  policyStatus",
                "GET,     service, policy",
                "POST,    bucket,  lifecycle",
                "GET,     object,  lifecycle",
                "PUT,     bucket,  cors",
                "GET,     bucket,  encryption",
                "GET,     bucket,  tagging",
                "PUT,     bucket,  tagging",
                "DELETE,  bucket,  tagging",
                "POST,    object,  restore",
                "POST,    object,  select select-type",
                "GET,     object,  torrent",
                // methods or shapes without an operation
                "PUT,     service, -",
                "DELETE,  service, -",
                "POST,    bucket,  -",
                "POST,    object,  -",
                "PATCH,   object,  -",
                "OPTIONS, bucket,  -"
            })
    void answersNotImplementedForAnythingElse(String method, String target, String query) {
        // OperationResolver contract: a sub-resource the emulator does not serve is NotImplemented (501).
        assertThatThrownBy(() -> OperationResolver.resolve(method, target(target), words(query)::contains, false))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.NOT_IMPLEMENTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "GET", "DELETE", "HEAD"})
    void neverFallsBackToAnObjectOperationWhenAnUnsupportedWordIsPresent(String method) {
        assertThatThrownBy(
                        () -> OperationResolver.resolve(method, OBJECT, Set.of("versionId", "cors")::contains, false))
                .isInstanceOf(S3Exception.class);
    }

    private static RequestTarget target(String name) {
        return switch (name) {
            case "service" -> SERVICE;
            case "bucket" -> BUCKET;
            case "object" -> OBJECT;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Set<String> words(String query) {
        return query == null ? Set.of() : Arrays.stream(query.split(" ")).collect(Collectors.toSet());
    }
}
