package dev.objectlock.emulator.domain.error;

/**
 * Every S3 error the emulator can return: AWS code, HTTP status and the message AWS sends by
 * default. Sources: the error catalogue of docs/aws-behaviour.md, part [D] (and [E29]–[E50] in part
 * [P]), and the S3 API reference error list (ErrorResponses.html).
 */
public enum S3ErrorCode {
    // S3 Control ([C.2]): the model gives these no status; the ones [K16] chose.
    BAD_REQUEST_EXCEPTION("BadRequestException", 400, "Bad Request"),
    IDEMPOTENCY_EXCEPTION(
            "IdempotencyException",
            409,
            "The ClientRequestToken was already used for a job with different parameters."),
    INTERNAL_SERVICE_EXCEPTION("InternalServiceException", 500, "We encountered an internal error. Please try again."),
    INVALID_NEXT_TOKEN_EXCEPTION("InvalidNextTokenException", 400, "The provided token is invalid."),
    INVALID_REQUEST_EXCEPTION("InvalidRequestException", 400, "Invalid Request"),
    JOB_STATUS_EXCEPTION("JobStatusException", 400, "The job's status does not allow this request."),
    NOT_FOUND_EXCEPTION("NotFoundException", 404, "The specified job does not exist."),
    TOO_MANY_TAGS_EXCEPTION("TooManyTagsException", 400, "The number of tags exceeds the limit of 50 tags."),

    ACCESS_DENIED("AccessDenied", 403, "Access Denied"),
    /** [E80]: an ACL that grants more than the owner's full control, on a bucket that disables ACLs. */
    ACCESS_CONTROL_LIST_NOT_SUPPORTED("AccessControlListNotSupported", 400, "The bucket does not allow ACLs"),
    // Authentication ([P.13], [E29]–[E46]): statuses and messages as AWS sends them.
    AUTHORIZATION_HEADER_MALFORMED("AuthorizationHeaderMalformed", 400, "The authorization header is malformed."),
    AUTHORIZATION_QUERY_PARAMETERS_ERROR(
            "AuthorizationQueryParametersError",
            400,
            "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, "
                    + "X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters."),
    BAD_DIGEST("BadDigest", 400, "The Content-MD5 you specified did not match what we received."),
    BAD_REQUEST("BadRequest", 400, "Bad Request"),
    BUCKET_ALREADY_OWNED_BY_YOU(
            "BucketAlreadyOwnedByYou",
            409,
            "Your previous request to create the named bucket succeeded and you already own it."),
    BUCKET_NOT_EMPTY(
            "BucketNotEmpty",
            409,
            "The bucket you tried to delete is not empty. You must delete all versions in the bucket."),
    EXPIRED_TOKEN("ExpiredToken", 400, "The provided token has expired."),
    ENTITY_TOO_SMALL("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed object size."),
    ENTITY_TOO_LARGE("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size"),
    ILLEGAL_LOCATION_CONSTRAINT(
            "IllegalLocationConstraintException",
            400,
            "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to."),
    ILLEGAL_VERSIONING_CONFIGURATION(
            "IllegalVersioningConfigurationException", 400, "The Versioning element must be specified"),
    INCOMPLETE_BODY(
            "IncompleteBody",
            400,
            "You did not provide the number of bytes specified by the Content-Length HTTP header"),
    INTERNAL_ERROR("InternalError", 500, "We encountered an internal error. Please try again."),
    INVALID_ACCESS_KEY_ID(
            "InvalidAccessKeyId", 403, "The AWS Access Key Id you provided does not exist in our records."),
    INVALID_ARGUMENT("InvalidArgument", 400, "Invalid Argument"),
    /** [E81]: BucketOwnerEnforced asked for together with a bucket ACL that grants others. */
    INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP(
            "InvalidBucketAclWithObjectOwnership",
            400,
            "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting"),
    INVALID_BUCKET_NAME("InvalidBucketName", 400, "The specified bucket is not valid."),
    INVALID_BUCKET_STATE("InvalidBucketState", 409, "The request is not valid with the current state of the bucket."),
    INVALID_CHUNK_SIZE(
            "InvalidChunkSizeError", 400, "Only the last chunk is allowed to have a size less than 8192 bytes"),
    INVALID_DIGEST("InvalidDigest", 400, "The Content-MD5 you specified was invalid."),
    INVALID_LOCATION_CONSTRAINT("InvalidLocationConstraint", 400, "The specified location-constraint is not valid"),
    INVALID_PART(
            "InvalidPart",
            400,
            "One or more of the specified parts could not be found.  The part may not have been uploaded, "
                    + "or the specified entity tag may not match the part's entity tag."),
    INVALID_PART_NUMBER("InvalidPartNumber", 416, "The requested partnumber is not satisfiable"),
    INVALID_PART_ORDER(
            "InvalidPartOrder",
            400,
            "The list of parts was not in ascending order. Parts must be ordered by part number."),
    INVALID_RANGE("InvalidRange", 416, "The requested range is not satisfiable"),
    INVALID_REQUEST("InvalidRequest", 400, "Invalid Request"),
    INVALID_TAG("InvalidTag", 400, "The TagValue you have provided is invalid"),
    INVALID_TOKEN("InvalidToken", 400, "The provided token is malformed or otherwise invalid."),
    INVALID_URI("InvalidURI", 400, "Couldn't parse the specified URI."),
    KEY_TOO_LONG("KeyTooLongError", 400, "Your key is too long"),
    /**
     * PutBucketPolicy with a document that cannot be used ([E48]); the Message is the validation's
     * (P69), this default only the recorded one for a body that is no JSON (LocalStack
     * test_bucket_policy_exc, recorded against AWS).
     */
    /** [E82]: an AccessControlPolicy body that does not fit the schema (LocalStack test_s3_bucket_acl_exceptions). */
    MALFORMED_ACL_ERROR(
            "MalformedACLError",
            400,
            "The XML you provided was not well-formed or did not validate against our published schema"),
    MALFORMED_POLICY("MalformedPolicy", 400, "Policies must be valid JSON and the first byte must be '{'"),
    MALFORMED_TRAILER(
            "MalformedTrailerError",
            400,
            "The request contained trailing data that was not well-formed or did not conform to our published schema."),
    MALFORMED_XML(
            "MalformedXML",
            400,
            "The XML you provided was not well-formed or did not validate against our published schema"),
    METADATA_TOO_LARGE("MetadataTooLarge", 400, "Your metadata headers exceed the maximum allowed metadata size."),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
    /** [E83]: PutBucketAcl or PutObjectAcl with neither headers nor a body. */
    MISSING_SECURITY_HEADER("MissingSecurityHeader", 400, "Your request was missing a required header"),
    MISSING_CONTENT_LENGTH("MissingContentLength", 411, "You must provide the Content-Length HTTP header."),
    MISSING_REQUEST_BODY("MissingRequestBodyError", 400, "Request Body is empty"),
    NO_SUCH_BUCKET("NoSuchBucket", 404, "The specified bucket does not exist"),
    /** [E47], with a BucketName element (LocalStack test_bucket_policy_crud, recorded against AWS). */
    NO_SUCH_BUCKET_POLICY("NoSuchBucketPolicy", 404, "The bucket policy does not exist"),
    /** [E105]: GetBucketReplication on a bucket without a replication configuration. */
    REPLICATION_CONFIGURATION_NOT_FOUND(
            "ReplicationConfigurationNotFoundError", 404, "The replication configuration was not found"),
    NO_SUCH_LIFECYCLE_CONFIGURATION("NoSuchLifecycleConfiguration", 404, "The lifecycle configuration does not exist"),
    NO_SUCH_OBJECT_LOCK_CONFIGURATION(
            "NoSuchObjectLockConfiguration", 404, "The specified object does not have a ObjectLock configuration"),
    NO_SUCH_KEY("NoSuchKey", 404, "The specified key does not exist."),
    NO_SUCH_UPLOAD(
            "NoSuchUpload",
            404,
            "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed."),
    NO_SUCH_VERSION("NoSuchVersion", 404, "The specified version does not exist."),
    NOT_IMPLEMENTED("NotImplemented", 501, "A header you provided implies functionality that is not implemented"),
    NOT_MODIFIED("NotModified", 304, "Not Modified"),
    OBJECT_LOCK_CONFIGURATION_NOT_FOUND(
            "ObjectLockConfigurationNotFoundError", 404, "Object Lock configuration does not exist for this bucket"),
    /** [E84], with a BucketName element (LocalStack test_crud_bucket_ownership_controls). */
    OWNERSHIP_CONTROLS_NOT_FOUND("OwnershipControlsNotFoundError", 404, "The bucket ownership controls were not found"),
    PRECONDITION_FAILED("PreconditionFailed", 412, "At least one of the pre-conditions you specified did not hold"),
    /** [R48]: the request line and headers together exceed 8 KiB; MaxSizeAllowed says how much. */
    REQUEST_HEADER_SECTION_TOO_LARGE(
            "RequestHeaderSectionTooLarge", 400, "Your request header section exceeds the maximum allowed size."),
    /** [R50]: the body stopped arriving for longer than S3 waits. */
    REQUEST_TIMEOUT(
            "RequestTimeout",
            400,
            "Your socket connection to the server was not read from or written to within the timeout period. "
                    + "Idle connections will be closed."),
    REQUEST_TIME_TOO_SKEWED(
            "RequestTimeTooSkewed", 403, "The difference between the request time and the current time is too large."),
    SIGNATURE_DOES_NOT_MATCH(
            "SignatureDoesNotMatch",
            403,
            "The request signature we calculated does not match the signature you provided. "
                    + "Check your key and signing method."),
    /** [E85]: an ACL body together with ACL headers. */
    UNEXPECTED_CONTENT("UnexpectedContent", 400, "This request does not support content"),
    /** [E86]: an e-mail grantee; the emulator knows no account by e-mail address. */
    UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS(
            "UnresolvableGrantByEmailAddress",
            400,
            "The e-mail address you provided does not match any account on record."),
    X_AMZ_CONTENT_SHA256_MISMATCH(
            "XAmzContentSHA256Mismatch",
            400,
            "The provided 'x-amz-content-sha256' header does not match what was computed.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    S3ErrorCode(String code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
