package dev.objectlock.emulator.domain.rules;

/**
 * The {@code ArgumentName} an S3 error gives when it refuses an Object Lock value of a request.
 * S3 names the request header the value came from, so these read like header names, but here
 * they are part of the error document, not of the protocol: the http layer reads and writes
 * headers by its own names in {@code http.S3Headers} (a test checks that the two agree, and that
 * http never uses these).
 */
public final class ObjectLockArgumentNames {

    public static final String MODE = "x-amz-object-lock-mode";
    public static final String RETAIN_UNTIL_DATE = "x-amz-object-lock-retain-until-date";
    public static final String LEGAL_HOLD = "x-amz-object-lock-legal-hold";
    public static final String BYPASS_GOVERNANCE_RETENTION = "x-amz-bypass-governance-retention";

    private ObjectLockArgumentNames() {}
}
