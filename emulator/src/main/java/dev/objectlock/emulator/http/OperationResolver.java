package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.Set;

/**
 * Maps (method, target shape, sub-resource query words, copy-source header) to one operation.
 * A sub-resource the emulator does not serve answers NotImplemented (501), never a 500 or a
 * silent fallback to a different operation.
 */
public final class OperationResolver {

    /** Query words that name a sub-resource rather than parameterise an operation. */
    private static final Set<String> UNSUPPORTED_SUBRESOURCES = Set.of(
            "accelerate",
            "analytics",
            "cors",
            "encryption",
            "intelligent-tiering",
            "inventory",
            "logging",
            "metadataTable",
            "metrics",
            "notification",
            "publicAccessBlock",
            "requestPayment",
            "restore",
            "select",
            "session",
            "torrent",
            "website",
            "renameObject");

    private OperationResolver() {}

    /**
     * @param hasQuery tells whether a query parameter is present (with or without a value)
     */
    public static S3Operation resolve(
            String method, RequestTarget target, java.util.function.Predicate<String> hasQuery, boolean hasCopySource) {
        for (String word : UNSUPPORTED_SUBRESOURCES) {
            if (hasQuery.test(word)) {
                throw notImplemented();
            }
        }
        if (hasQuery.test("policy") || hasQuery.test("policyStatus")) {
            return policyOperation(method, target, hasQuery);
        }
        if (hasQuery.test("lifecycle")) {
            return lifecycleOperation(method, target);
        }
        if (hasQuery.test("replication")) {
            return replicationOperation(method, target);
        }
        if (hasQuery.test("acl") || hasQuery.test("ownershipControls")) {
            return aclOperation(method, target, hasQuery);
        }
        if (target.bucket() == null) {
            if (method.equals("GET")) {
                return S3Operation.LIST_BUCKETS;
            }
            throw notImplemented();
        }
        return target.key() == null
                ? bucketOperation(method, hasQuery)
                : objectOperation(method, hasQuery, hasCopySource);
    }

    private static S3Operation bucketOperation(String method, java.util.function.Predicate<String> q) {
        switch (method) {
            case "PUT":
                if (q.test("versioning")) {
                    return S3Operation.PUT_BUCKET_VERSIONING;
                }
                if (q.test("object-lock")) {
                    return S3Operation.PUT_OBJECT_LOCK_CONFIGURATION;
                }
                if (q.test("tagging")) {
                    throw notImplemented();
                }
                return S3Operation.CREATE_BUCKET;
            case "GET":
                if (q.test("versioning")) {
                    return S3Operation.GET_BUCKET_VERSIONING;
                }
                if (q.test("object-lock")) {
                    return S3Operation.GET_OBJECT_LOCK_CONFIGURATION;
                }
                if (q.test("location")) {
                    return S3Operation.GET_BUCKET_LOCATION;
                }
                if (q.test("versions")) {
                    return S3Operation.LIST_OBJECT_VERSIONS;
                }
                if (q.test("uploads")) {
                    return S3Operation.LIST_MULTIPART_UPLOADS;
                }
                if (q.test("tagging")) {
                    throw notImplemented();
                }
                return q.test("list-type") ? S3Operation.LIST_OBJECTS_V2 : S3Operation.LIST_OBJECTS;
            case "HEAD":
                return S3Operation.HEAD_BUCKET;
            case "DELETE":
                if (q.test("tagging")) {
                    throw notImplemented();
                }
                return S3Operation.DELETE_BUCKET;
            case "POST":
                if (q.test("delete")) {
                    return S3Operation.DELETE_OBJECTS;
                }
                throw notImplemented();
            default:
                throw notImplemented();
        }
    }

    /** {@code ?lifecycle} on a bucket with PUT, GET and DELETE ([R90]); anything else is NotImplemented. */
    private static S3Operation lifecycleOperation(String method, RequestTarget target) {
        if (target.bucket() == null || target.key() != null) {
            throw notImplemented();
        }
        return switch (method) {
            case "PUT" -> S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION;
            case "GET" -> S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION;
            case "DELETE" -> S3Operation.DELETE_BUCKET_LIFECYCLE;
            default -> throw notImplemented();
        };
    }

    /** {@code ?replication} on a bucket with PUT, GET and DELETE ([R110]); anything else is NotImplemented. */
    private static S3Operation replicationOperation(String method, RequestTarget target) {
        if (target.bucket() == null || target.key() != null) {
            throw notImplemented();
        }
        return switch (method) {
            case "PUT" -> S3Operation.PUT_BUCKET_REPLICATION;
            case "GET" -> S3Operation.GET_BUCKET_REPLICATION;
            case "DELETE" -> S3Operation.DELETE_BUCKET_REPLICATION;
            default -> throw notImplemented();
        };
    }

    /**
     * The bucket policy sub-resources ([P.10]): {@code ?policy} with PUT, GET and DELETE and
     * {@code ?policyStatus} with GET, on a bucket. On an object or with another method they are
     * NotImplemented, as before they were served, never an object operation.
     */
    private static S3Operation policyOperation(
            String method, RequestTarget target, java.util.function.Predicate<String> q) {
        if (target.bucket() == null || target.key() != null) {
            throw notImplemented();
        }
        if (q.test("policyStatus")) {
            if (method.equals("GET")) {
                return S3Operation.GET_BUCKET_POLICY_STATUS;
            }
            throw notImplemented();
        }
        return switch (method) {
            case "PUT" -> S3Operation.PUT_BUCKET_POLICY;
            case "GET" -> S3Operation.GET_BUCKET_POLICY;
            case "DELETE" -> S3Operation.DELETE_BUCKET_POLICY;
            default -> throw notImplemented();
        };
    }

    /**
     * {@code ?acl} with GET and PUT on a bucket or an object, {@code ?ownershipControls} with PUT, GET
     * and DELETE on a bucket ([R80]); anything else NotImplemented, as before they were served.
     */
    private static S3Operation aclOperation(
            String method, RequestTarget target, java.util.function.Predicate<String> q) {
        if (target.bucket() == null || q.test("acl") && q.test("ownershipControls")) {
            throw notImplemented();
        }
        boolean object = target.key() != null;
        if (q.test("ownershipControls")) {
            if (object) {
                throw notImplemented();
            }
            return switch (method) {
                case "PUT" -> S3Operation.PUT_BUCKET_OWNERSHIP_CONTROLS;
                case "GET" -> S3Operation.GET_BUCKET_OWNERSHIP_CONTROLS;
                case "DELETE" -> S3Operation.DELETE_BUCKET_OWNERSHIP_CONTROLS;
                default -> throw notImplemented();
            };
        }
        return switch (method) {
            case "PUT" -> object ? S3Operation.PUT_OBJECT_ACL : S3Operation.PUT_BUCKET_ACL;
            case "GET" -> object ? S3Operation.GET_OBJECT_ACL : S3Operation.GET_BUCKET_ACL;
            default -> throw notImplemented();
        };
    }

    private static S3Operation objectOperation(
            String method, java.util.function.Predicate<String> q, boolean hasCopySource) {
        switch (method) {
            case "PUT":
                if (q.test("tagging")) {
                    return S3Operation.PUT_OBJECT_TAGGING;
                }
                if (q.test("retention")) {
                    return S3Operation.PUT_OBJECT_RETENTION;
                }
                if (q.test("legal-hold")) {
                    return S3Operation.PUT_OBJECT_LEGAL_HOLD;
                }
                if (q.test("uploadId") && q.test("partNumber")) {
                    return hasCopySource ? S3Operation.UPLOAD_PART_COPY : S3Operation.UPLOAD_PART;
                }
                return hasCopySource ? S3Operation.COPY_OBJECT : S3Operation.PUT_OBJECT;
            case "GET":
                if (q.test("tagging")) {
                    return S3Operation.GET_OBJECT_TAGGING;
                }
                if (q.test("retention")) {
                    return S3Operation.GET_OBJECT_RETENTION;
                }
                if (q.test("legal-hold")) {
                    return S3Operation.GET_OBJECT_LEGAL_HOLD;
                }
                if (q.test("attributes")) {
                    return S3Operation.GET_OBJECT_ATTRIBUTES;
                }
                return q.test("uploadId") ? S3Operation.LIST_PARTS : S3Operation.GET_OBJECT;
            case "HEAD":
                return S3Operation.HEAD_OBJECT;
            case "DELETE":
                if (q.test("tagging")) {
                    return S3Operation.DELETE_OBJECT_TAGGING;
                }
                return q.test("uploadId") ? S3Operation.ABORT_MULTIPART_UPLOAD : S3Operation.DELETE_OBJECT;
            case "POST":
                if (q.test("uploads")) {
                    return S3Operation.CREATE_MULTIPART_UPLOAD;
                }
                if (q.test("uploadId")) {
                    return S3Operation.COMPLETE_MULTIPART_UPLOAD;
                }
                throw notImplemented();
            default:
                throw notImplemented();
        }
    }

    private static S3Exception notImplemented() {
        return S3Exception.of(S3ErrorCode.NOT_IMPLEMENTED);
    }
}
