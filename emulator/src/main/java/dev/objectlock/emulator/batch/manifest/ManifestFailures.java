package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobFailureException;
import dev.objectlock.emulator.domain.error.S3Exception;

/**
 * The {@code FailureReasons} a job gets when its manifest cannot be used ([C.7.1]). Only
 * "Reading the manifest is forbidden: AccessDenied" is AWS-recorded (UG troubleshooting-batch-operations,
 * "Access Denied to read the manifest") and "Manifest generation found no keys matching the filter
 * criteria." (same page, Batch Replication); every other code and text here is [UNCERTAIN]: AWS
 * publishes none, so they follow that pattern and say plainly what is wrong.
 */
public final class ManifestFailures {

    /** FailureCode for a manifest whose ETag is not the one CreateJob named. [UNCERTAIN] */
    public static final String ETAG_MISMATCH = "ManifestETagMismatch";
    /**
     * FailureCode for a manifest that cannot be parsed (rows, format, schema); JobRunner uses it for a
     * manifest naming several buckets too. [UNCERTAIN]
     */
    public static final String INVALID_MANIFEST = "InvalidManifestContent";
    /** FailureCode for a generator that found nothing. [UNCERTAIN: the reason text is AWS's, the code is not] */
    public static final String NO_KEYS = "NoKeysMatchingFilter";
    /** FailureCode when the generated manifest cannot be written. [UNCERTAIN] */
    public static final String OUTPUT_FAILED = "ManifestOutputFailed";

    private ManifestFailures() {}

    /**
     * An S3 error met while reading a manifest object: the S3 code is the FailureCode, and the reason
     * follows AWS's "Reading the manifest is forbidden: AccessDenied" ("failed" for non-403 errors).
     */
    public static JobFailureException readFailed(S3Exception e) {
        String verb = e.code().httpStatus() == 403 ? "is forbidden" : "failed";
        return new JobFailureException(
                e.code().code(),
                "Reading the manifest " + verb + ": " + e.code().code());
    }

    public static JobFailureException etagMismatch(String expected, String actual) {
        return new JobFailureException(
                ETAG_MISMATCH,
                "The ETag of the manifest object (" + actual
                        + ") does not match the ETag given in the job's manifest location (" + expected + ")");
    }

    public static JobFailureException invalid(String reason) {
        return new JobFailureException(INVALID_MANIFEST, reason);
    }

    public static JobFailureException noKeys() {
        return new JobFailureException(NO_KEYS, "Manifest generation found no keys matching the filter criteria.");
    }

    public static JobFailureException outputFailed(S3Exception e) {
        return new JobFailureException(
                OUTPUT_FAILED,
                "The generated manifest could not be written to the manifest output location: "
                        + e.code().code() + " (" + e.getMessage() + ")");
    }
}
