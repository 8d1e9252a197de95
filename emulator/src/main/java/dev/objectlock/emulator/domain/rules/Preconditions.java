package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Conditional GET/HEAD/copy as S3 evaluates them (RFC 7232 plus the S3 user guide's table):
 * If-Match wins over If-Unmodified-Since, If-None-Match wins over If-Modified-Since.
 */
public final class Preconditions {

    private Preconditions() {
    }

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
