package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Validation of the Object Lock values a request carries: the {@code x-amz-object-lock-*} headers
 * of PutObject, CopyObject and CreateMultipartUpload ([B.5]) and the body of PutObjectRetention
 * and PutObjectLegalHold ([B.8, B.9]).
 */
public final class LockRequestRules {

    private static final String MODE = ObjectLockArgumentNames.MODE;
    private static final String DATE = ObjectLockArgumentNames.RETAIN_UNTIL_DATE;
    private static final String LEGAL_HOLD = ObjectLockArgumentNames.LEGAL_HOLD;

    /** The lock a write asks for; both parts null when it named none. */
    public record RequestedLock(Retention retention, LegalHoldStatus legalHold) {
        public boolean isEmpty() {
            return retention == null && legalHold == null;
        }
    }

    private LockRequestRules() {}

    /**
     * Checks the headers in the order AWS is believed to (pairing, mode, date format, past date,
     * legal hold); [B.5] "Order of checks".
     */
    public static RequestedLock fromHeaders(String mode, String date, String legalHold, Instant now) {
        Retention retention = null;
        if (mode != null || date != null) {
            if (mode == null || date == null) {
                throw S3Exception.invalidArgument(
                        DATE + " and " + MODE + " must both be supplied", mode == null ? MODE : DATE, null);
            }
            RetentionMode m = RetentionMode.fromWire(mode)
                    .orElseThrow(() -> S3Exception.invalidArgument("Unknown wormMode directive.", MODE, mode));
            Instant until = parseDate(date)
                    .orElseThrow(() -> S3Exception.invalidArgument(
                            "The retain until date must be provided in ISO 8601 format", DATE, date));
            if (!until.isAfter(now)) {
                throw S3Exception.invalidArgument("The retain until date must be in the future!", DATE, date);
            }
            retention = new Retention(m, until);
        }
        LegalHoldStatus hold = null;
        if (legalHold != null) {
            hold = LegalHoldStatus.fromWire(legalHold)
                    .orElseThrow(() -> S3Exception.invalidArgument(
                            "Legal Hold must be either of 'ON' or 'OFF'", LEGAL_HOLD, legalHold));
        }
        return new RequestedLock(retention, hold);
    }

    /**
     * A PutObjectRetention body: both fields or neither (neither removes retention). Structural
     * problems are MalformedXML; a past date is InvalidArgument naming RetainUntilDate ([R21]).
     *
     * @return null when the body asks to remove retention
     */
    public static Retention fromRetentionBody(String mode, String date, Instant now) {
        if (mode == null && date == null) {
            return null;
        }
        if (mode == null || date == null) {
            throw S3Exception.malformedXml();
        }
        RetentionMode m = RetentionMode.fromWire(mode).orElseThrow(S3Exception::malformedXml);
        Instant until = parseDate(date).orElseThrow(S3Exception::malformedXml);
        if (!until.isAfter(now)) {
            throw S3Exception.invalidArgument("The retain until date must be in the future!", "RetainUntilDate", date);
        }
        return new Retention(m, until);
    }

    /** A PutObjectLegalHold body: exactly ON or OFF, anything else MalformedXML ([B.9]). */
    public static LegalHoldStatus fromLegalHoldBody(String status) {
        return LegalHoldStatus.fromWire(status).orElseThrow(S3Exception::malformedXml);
    }

    /**
     * Any ISO-8601 / RFC 3339 instant, with or without fractions, {@code Z} or an offset ([0.4]),
     * truncated to the millisecond precision S3 keeps.
     */
    static java.util.Optional<Instant> parseDate(String value) {
        return Timestamps.parseIso8601(value).map(i -> i.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Lock values sent to a bucket without Object Lock ([R23], the PutObject spelling). */
    public static S3Exception missingLockConfigurationOnWrite() {
        return S3Exception.of(S3ErrorCode.INVALID_REQUEST, "Bucket is missing ObjectLockConfiguration");
    }

    /** The retention and legal-hold APIs on a bucket without Object Lock ([R23], with spaces). */
    public static S3Exception missingLockConfiguration() {
        return S3Exception.of(S3ErrorCode.INVALID_REQUEST, "Bucket is missing Object Lock Configuration");
    }
}
