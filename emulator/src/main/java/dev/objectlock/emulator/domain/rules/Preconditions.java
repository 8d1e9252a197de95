package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Conditional GET/HEAD/copy and conditional writes as S3 evaluates them (RFC 7232 plus the S3 user guide's table):
 * If-Match wins over If-Unmodified-Since, If-None-Match wins over If-Modified-Since.
 */
public final class Preconditions {

    private Preconditions() {}

    /** Throws PreconditionFailed (412) or NotModified (304) when the request must not proceed. */
    public static void check(Conditions c, String etag, Instant lastModified) {
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (c.ifMatch() != null) {
            if (!matches(c.ifMatch(), etag)) {
                throw S3Exception.of(S3ErrorCode.PRECONDITION_FAILED).with("Condition", "If-Match");
            }
        } else if (c.ifUnmodifiedSince() != null && modified.isAfter(c.ifUnmodifiedSince())) {
            throw S3Exception.of(S3ErrorCode.PRECONDITION_FAILED).with("Condition", "If-Unmodified-Since");
        }
        if (c.ifNoneMatch() != null) {
            if (matches(c.ifNoneMatch(), etag)) {
                throw S3Exception.of(S3ErrorCode.NOT_MODIFIED);
            }
        } else if (c.ifModifiedSince() != null && !modified.isAfter(c.ifModifiedSince())) {
            throw S3Exception.of(S3ErrorCode.NOT_MODIFIED);
        }
    }

    /**
     * Conditional writes (PutObject and CopyObject API reference, If-None-Match and If-Match; User
     * Guide, "How to prevent object overwrites with conditional writes"): If-None-Match "*" fails
     * with 412 when the key has a current object; If-Match fails with 412 when the current
     * object's ETag differs and with 404 NoSuchKey when there is none. A key whose current
     * version is a delete marker has no current object.
     *
     * @param currentEtag the ETag of the key's current object, null when it has none
     */
    public static void checkWrite(Conditions c, String key, String currentEtag) {
        if (c.ifNoneMatch() != null && currentEtag != null && matches(c.ifNoneMatch(), currentEtag)) {
            throw S3Exception.of(S3ErrorCode.PRECONDITION_FAILED).with("Condition", "If-None-Match");
        }
        if (c.ifMatch() != null) {
            if (currentEtag == null) {
                throw S3Exception.noSuchKey(key);
            }
            if (!matches(c.ifMatch(), currentEtag)) {
                throw S3Exception.of(S3ErrorCode.PRECONDITION_FAILED).with("Condition", "If-Match");
            }
        }
    }

    /** An entity-tag list such as {@code "a", "b"} or {@code *} matches the stored (unquoted) ETag. */
    static boolean matches(String headerValue, String etag) {
        for (String candidate : headerValue.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || unquote(t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
