package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Grant;
import dev.objectlock.emulator.domain.model.Grant.Permission;
import dev.objectlock.emulator.domain.model.ObjectOwnership;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision tables for ACL requests and Object Ownership ([R80]-[R85]). */
class AclRulesTest {

    private static final String OWNER = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);
    private static final String LOG = "http://acs.amazonaws.com/groups/s3/LogDelivery";

    private static AclRequest canned(String name) {
        return new AclRequest(name, Map.of(), null);
    }

    private static AclRequest grant(Permission permission, String value) {
        return new AclRequest(null, Map.of(permission, value), null);
    }

    private static AclRequest document(String ownerId, AclRequest.DocumentGrant... grants) {
        return new AclRequest(null, Map.of(), new AclRequest.Document(ownerId, List.of(grants), true));
    }

    private static AclRequest.DocumentGrant user(String id, String permission) {
        return new AclRequest.DocumentGrant("CanonicalUser", id, null, null, permission);
    }

    private static AclRequest.DocumentGrant group(String uri, String permission) {
        return new AclRequest.DocumentGrant("Group", null, uri, null, permission);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("unknown canned ACL", canned("fake-acl"), "InvalidArgument", "", "x-amz-acl"),
                Arguments.of(
                        "unknown grant key",
                        grant(Permission.WRITE, "fakekey=\"1234\""),
                        "InvalidArgument",
                        "Argument format not recognized",
                        "x-amz-grant-write"),
                Arguments.of(
                        "bad id", grant(Permission.READ, "id=\"wrong-id\""), "InvalidArgument", "Invalid id", "id"),
                Arguments.of(
                        "unknown group",
                        grant(Permission.READ, "uri=\"http://acs.amazonaws.com/groups/s3/FakeGroup\""),
                        "InvalidArgument",
                        "Invalid group uri",
                        "uri"),
                Arguments.of(
                        "canned and grants",
                        new AclRequest("private", Map.of(Permission.READ, "uri=\"" + LOG + "\""), null),
                        "InvalidRequest",
                        "Specifying both Canned ACLs and Header Grants is not allowed",
                        null),
                Arguments.of(
                        "body and headers",
                        new AclRequest("private", Map.of(), document(OWNER).document()),
                        "UnexpectedContent",
                        "This request does not support content",
                        null),
                Arguments.of("nothing", AclRequest.NONE, "MissingSecurityHeader", null, null),
                Arguments.of(
                        "body without owner", document(null, group(LOG, "WRITE")), "MalformedACLError", null, null),
                Arguments.of("bad permission", document(OWNER, group(LOG, "WRONG")), "MalformedACLError", null, null),
                Arguments.of(
                        "bad grantee type",
                        new AclRequest(
                                null,
                                Map.of(),
                                new AclRequest.Document(
                                        OWNER,
                                        List.of(new AclRequest.DocumentGrant("BadType", OWNER, null, null, "READ")),
                                        true)),
                        "MalformedACLError",
                        null,
                        null),
                Arguments.of(
                        "malformed owner id",
                        document("wrong-id", group(LOG, "WRITE")),
                        "InvalidArgument",
                        "Invalid id",
                        "CanonicalUser/ID"),
                Arguments.of(
                        "unknown group in body",
                        document(OWNER, group("http://example.com/g", "WRITE")),
                        "InvalidArgument",
                        "Invalid group uri",
                        "Group/URI"),
                Arguments.of(
                        "e-mail grantee",
                        grant(Permission.READ, "emailAddress=\"x@example.com\""),
                        "UnresolvableGrantByEmailAddress",
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesAsRecorded(String name, AclRequest request, String code, String message, String argumentName) {
        S3Exception e = catchThrowableOfType(S3Exception.class, () -> AclRules.forPutAcl(request, OWNER));
        assertThat(e).as(name).isNotNull();
        assertThat(e.code().code()).isEqualTo(code);
        if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
        if (argumentName != null) {
            assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", argumentName));
        }
    }

    @Test
    void cannedAclsExpandOwnerFirst() {
        assertThat(AclRules.forPutAcl(canned("public-read-write"), OWNER).grants())
                .containsExactly(
                        Grant.canonicalUser(OWNER, Permission.FULL_CONTROL),
                        Grant.group("http://acs.amazonaws.com/groups/global/AllUsers", Permission.READ),
                        Grant.group("http://acs.amazonaws.com/groups/global/AllUsers", Permission.WRITE));
        assertThat(AclRules.forPutAcl(canned("bucket-owner-full-control"), OWNER))
                .isEqualTo(AccessControlList.ownerOnly(OWNER));
    }

    @Test
    void grantHeadersListEachGrantee() {
        assertThat(AclRules.forPutAcl(grant(Permission.READ, "id=\"" + OTHER + "\", uri=\"" + LOG + "\""), OWNER)
                        .grants())
                .containsExactly(Grant.canonicalUser(OTHER, Permission.READ), Grant.group(LOG, Permission.READ));
    }

    @Test
    void enforcedOwnershipAcceptsOnlyTheOwner() {
        AccessControlList ownerOnly = AccessControlList.ownerOnly(OWNER);
        AccessControlList logs = new AccessControlList(List.of(Grant.group(LOG, Permission.WRITE)));
        AclRules.checkSettable(ObjectOwnership.BUCKET_OWNER_ENFORCED, ownerOnly, OWNER);
        AclRules.checkSettable(ObjectOwnership.OBJECT_WRITER, logs, OWNER);
        AclRules.checkSettable(null, logs, OWNER);
        S3Exception e = catchThrowableOfType(
                S3Exception.class, () -> AclRules.checkSettable(ObjectOwnership.BUCKET_OWNER_ENFORCED, logs, OWNER));
        assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_CONTROL_LIST_NOT_SUPPORTED);
        assertThat(AclRules.readable(ObjectOwnership.BUCKET_OWNER_ENFORCED, logs, OWNER))
                .isEqualTo(ownerOnly);
        assertThat(AclRules.readable(ObjectOwnership.BUCKET_OWNER_PREFERRED, logs, OWNER))
                .isEqualTo(logs);
        assertThat(AclRules.readable(null, null, OWNER)).isEqualTo(ownerOnly);
    }

    @Test
    void ownershipValues() {
        assertThat(AclRules.ownershipHeader(null)).isNull();
        assertThat(AclRules.ownershipHeader("ObjectWriter")).isEqualTo(ObjectOwnership.OBJECT_WRITER);
        assertThat(catchThrowableOfType(S3Exception.class, () -> AclRules.ownershipHeader(""))
                        .getMessage())
                .isEqualTo("Invalid x-amz-object-ownership header: ");
        assertThat(AclRules.ownershipRule(List.of("BucketOwnerPreferred")))
                .isEqualTo(ObjectOwnership.BUCKET_OWNER_PREFERRED);
        for (List<String> bad : List.of(List.<String>of(), List.of("ObjectWriter", "ObjectWriter"), List.of("x"))) {
            assertThat(catchThrowableOfType(S3Exception.class, () -> AclRules.ownershipRule(bad))
                            .code())
                    .isEqualTo(S3ErrorCode.MALFORMED_XML);
        }
    }
}
