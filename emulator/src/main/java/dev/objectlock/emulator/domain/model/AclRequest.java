package dev.objectlock.emulator.domain.model;

import java.util.List;
import java.util.Map;

/**
 * The ACL a request asks for, as sent: the {@code x-amz-acl} canned name, the {@code x-amz-grant-*}
 * headers by permission, and (PutBucketAcl, PutObjectAcl) the AccessControlPolicy body. Each may be
 * absent (null, empty). The rules ({@code AclRules}) turn it into an {@link AccessControlList}.
 */
public record AclRequest(String cannedAcl, Map<Grant.Permission, String> grantHeaders, Document document) {

    public static final AclRequest NONE = new AclRequest(null, Map.of(), null);

    public AclRequest {
        grantHeaders = Map.copyOf(grantHeaders);
    }

    /**
     * The request that sets {@code acl} again, as a document: how a multipart upload hands the ACL it
     * was created with to the object it completes into.
     */
    public static AclRequest of(AccessControlList acl, String ownerId) {
        List<DocumentGrant> grants = acl.grants().stream()
                .map(g -> new DocumentGrant(
                        g.grantee().type().wireName(),
                        g.grantee().type() == Grant.GranteeType.CANONICAL_USER
                                ? g.grantee().value()
                                : null,
                        g.grantee().type() == Grant.GranteeType.GROUP
                                ? g.grantee().value()
                                : null,
                        g.grantee().type() == Grant.GranteeType.EMAIL
                                ? g.grantee().value()
                                : null,
                        g.permission().name()))
                .toList();
        return new AclRequest(null, Map.of(), new Document(ownerId, grants, true));
    }

    /** Whether the request carries a canned ACL or a grant header. */
    public boolean hasHeaders() {
        return cannedAcl != null || !grantHeaders.isEmpty();
    }

    /**
     * An AccessControlPolicy document with its values as sent (nulls where elements are missing), so
     * that the rules can answer each fault as S3 does. {@code complete} is false when the document had
     * an element shape the schema does not allow (a Grant without Grantee, say).
     */
    public record Document(String ownerId, List<DocumentGrant> grants, boolean complete) {}

    /** One {@code <Grant>}: the {@code xsi:type}, the grantee's ID, URI or EmailAddress, and the permission. */
    public record DocumentGrant(String type, String id, String uri, String emailAddress, String permission) {}
}
