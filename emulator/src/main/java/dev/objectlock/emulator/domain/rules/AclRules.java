package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Grant;
import dev.objectlock.emulator.domain.model.Grant.GranteeType;
import dev.objectlock.emulator.domain.model.Grant.Permission;
import dev.objectlock.emulator.domain.model.ObjectOwnership;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ACL a request sets ([R81]-[R85]): canned names, grant headers and AccessControlPolicy bodies
 * are checked and turned into an {@link AccessControlList}; then the bucket's Object Ownership decides
 * whether it may be set at all, and what reads return.
 */
public final class AclRules {

    /** The groups S3 knows; any other URI is "Invalid group uri" [R83]. */
    static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

    static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
    static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
    private static final Set<String> GROUPS = Set.of(ALL_USERS, AUTHENTICATED_USERS, LOG_DELIVERY);

    /** A canonical user id: 64 hex digits. */
    private static final Pattern CANONICAL_ID = Pattern.compile("[0-9a-fA-F]{64}");

    private static final Pattern GRANT_ENTRY = Pattern.compile("\\s*([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"\\s*");

    private AclRules() {}

    /**
     * The ACL the headers of a write (CreateBucket, PutObject, CopyObject, CreateMultipartUpload)
     * ask for; empty when they name none.
     */
    public static Optional<AccessControlList> fromHeaders(AclRequest request, String ownerId) {
        if (request.cannedAcl() != null && !request.grantHeaders().isEmpty()) {
            throw S3Exception.invalidRequest("Specifying both Canned ACLs and Header Grants is not allowed");
        }
        if (request.cannedAcl() != null) {
            return Optional.of(CannedAcls.expand(request.cannedAcl(), ownerId));
        }
        if (request.grantHeaders().isEmpty()) {
            return Optional.empty();
        }
        List<Grant> grants = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            String header = request.grantHeaders().get(permission);
            if (header != null) {
                grants.addAll(parseGrantHeader(headerName(permission), header, permission));
            }
        }
        return Optional.of(new AccessControlList(grants));
    }

    /** The ACL a write asks for, from its headers or (a completing multipart upload) its document. */
    public static Optional<AccessControlList> forWrite(AclRequest request, String ownerId) {
        return request.document() != null
                ? Optional.of(fromDocument(request.document()))
                : fromHeaders(request, ownerId);
    }

    /**
     * The ACL PutBucketAcl or PutObjectAcl sets: from its headers or its body, never both [R84].
     */
    public static AccessControlList forPutAcl(AclRequest request, String ownerId) {
        if (request.document() != null) {
            if (request.hasHeaders()) {
                throw S3Exception.of(S3ErrorCode.UNEXPECTED_CONTENT);
            }
            return fromDocument(request.document());
        }
        return fromHeaders(request, ownerId)
                .orElseThrow(() ->
                        S3Exception.of(S3ErrorCode.MISSING_SECURITY_HEADER).with("MissingHeaderName", "x-amz-acl"));
    }

    /**
     * Refuses an ACL beyond the owner's full control on a bucket that disables ACLs [R82]; a null
     * ownership means the bucket has no ownership controls, which keeps ACLs as ObjectWriter does.
     */
    public static void checkSettable(ObjectOwnership ownership, AccessControlList acl, String ownerId) {
        if (ownership == ObjectOwnership.BUCKET_OWNER_ENFORCED && !acl.isOwnerOnly(ownerId)) {
            throw S3Exception.of(S3ErrorCode.ACCESS_CONTROL_LIST_NOT_SUPPORTED);
        }
    }

    /** What GetBucketAcl and GetObjectAcl return: the owner alone while ACLs are disabled [R82]. */
    public static AccessControlList readable(ObjectOwnership ownership, AccessControlList stored, String ownerId) {
        if (ownership == ObjectOwnership.BUCKET_OWNER_ENFORCED || stored == null) {
            return AccessControlList.ownerOnly(ownerId);
        }
        return stored;
    }

    /** The {@code x-amz-object-ownership} header of CreateBucket; null when absent [R80]. */
    public static ObjectOwnership ownershipHeader(String raw) {
        if (raw == null) {
            return null;
        }
        return ObjectOwnership.fromWireName(raw)
                .orElseThrow(() -> S3Exception.invalidArgument(
                        "Invalid x-amz-object-ownership header: " + raw, "x-amz-object-ownership", null));
    }

    /** The one rule of a PutBucketOwnershipControls body; no rule, two rules or an unknown value are MalformedXML. */
    public static ObjectOwnership ownershipRule(List<String> ruleValues) {
        if (ruleValues.size() != 1) {
            throw S3Exception.malformedXml();
        }
        return ObjectOwnership.fromWireName(ruleValues.get(0)).orElseThrow(S3Exception::malformedXml);
    }

    static String headerName(Permission permission) {
        return "x-amz-grant-"
                + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** {@code id="..."}, {@code uri="..."} or {@code emailAddress="..."}, comma-separated. */
    private static List<Grant> parseGrantHeader(String headerName, String value, Permission permission) {
        List<Grant> grants = new ArrayList<>();
        for (String entry : value.split(",", -1)) {
            Matcher m = GRANT_ENTRY.matcher(entry);
            if (!m.matches()) {
                throw S3Exception.invalidArgument("Argument format not recognized", headerName, value);
            }
            String key = m.group(1);
            String grantee = m.group(2);
            if (key.equals("id")) {
                grants.add(Grant.canonicalUser(checkId(grantee, "id"), permission));
            } else if (key.equals("uri")) {
                grants.add(Grant.group(checkGroup(grantee, "uri"), permission));
            } else if (key.equals("emailAddress")) {
                throw unresolvableEmail(grantee);
            } else {
                throw S3Exception.invalidArgument("Argument format not recognized", headerName, value);
            }
        }
        return grants;
    }

    /**
     * An AccessControlPolicy body: its shape first (MalformedACLError), then its values [R83]. The
     * Owner must be there and well-formed; it cannot change who owns the resource.
     */
    private static AccessControlList fromDocument(AclRequest.Document document) {
        if (!document.complete() || document.ownerId() == null) {
            throw S3Exception.of(S3ErrorCode.MALFORMED_ACL_ERROR);
        }
        List<Grant> grants = new ArrayList<>();
        for (AclRequest.DocumentGrant g : document.grants()) {
            GranteeType type = GranteeType.fromWireName(g.type())
                    .orElseThrow(() -> S3Exception.of(S3ErrorCode.MALFORMED_ACL_ERROR));
            Permission permission = Permission.fromWireName(g.permission())
                    .orElseThrow(() -> S3Exception.of(S3ErrorCode.MALFORMED_ACL_ERROR));
            String value = switch (type) {
                case CANONICAL_USER -> g.id();
                case GROUP -> g.uri();
                case EMAIL -> g.emailAddress();
            };
            if (value == null) {
                throw S3Exception.of(S3ErrorCode.MALFORMED_ACL_ERROR);
            }
            grants.add(new Grant(new Grant.Grantee(type, value), permission));
        }
        checkId(document.ownerId(), "CanonicalUser/ID");
        for (Grant grant : grants) {
            switch (grant.grantee().type()) {
                case CANONICAL_USER -> checkId(grant.grantee().value(), "CanonicalUser/ID");
                case GROUP -> checkGroup(grant.grantee().value(), "Group/URI");
                case EMAIL -> throw unresolvableEmail(grant.grantee().value());
            }
        }
        return new AccessControlList(grants);
    }

    private static String checkId(String id, String argumentName) {
        if (!CANONICAL_ID.matcher(id).matches()) {
            throw S3Exception.invalidArgument("Invalid id", argumentName, id);
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    private static String checkGroup(String uri, String argumentName) {
        if (!GROUPS.contains(uri)) {
            throw S3Exception.invalidArgument("Invalid group uri", argumentName, uri);
        }
        return uri;
    }

    /** [UNCERTAIN] the emulator has no accounts to find by e-mail, so every e-mail grantee is unknown. */
    private static S3Exception unresolvableEmail(String email) {
        return S3Exception.of(S3ErrorCode.UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS).with("EmailAddress", email);
    }
}
