package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ByteRange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header names S3 uses and strict parsers and formatters for their values. */
public final class S3Headers {

    public static final String REQUEST_ID = "x-amz-request-id";
    public static final String ID_2 = "x-amz-id-2";
    public static final String VERSION_ID = "x-amz-version-id";
    /** The lifecycle Expiration awaiting an object [R96]. */
    public static final String EXPIRATION = "x-amz-expiration";
    /** When an AbortIncompleteMultipartUpload rule will abort an upload, and that rule's ID [R97]. */
    public static final String ABORT_DATE = "x-amz-abort-date";

    public static final String ABORT_RULE_ID = "x-amz-abort-rule-id";
    /** PutBucketLifecycleConfiguration's choice of default transition minimum, echoed by PUT and GET [R99]. */
    public static final String TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE = "x-amz-transition-default-minimum-object-size";

    public static final String DELETE_MARKER = "x-amz-delete-marker";
    public static final String COPY_SOURCE = "x-amz-copy-source";
    public static final String COPY_SOURCE_VERSION_ID = "x-amz-copy-source-version-id";
    public static final String METADATA_DIRECTIVE = "x-amz-metadata-directive";
    public static final String TAGGING_DIRECTIVE = "x-amz-tagging-directive";
    public static final String TAGGING = "x-amz-tagging";
    public static final String TAGGING_COUNT = "x-amz-tagging-count";
    public static final String BYPASS_GOVERNANCE = "x-amz-bypass-governance-retention";
    public static final String OBJECT_LOCK_MODE = "x-amz-object-lock-mode";
    public static final String OBJECT_LOCK_RETAIN_UNTIL_DATE = "x-amz-object-lock-retain-until-date";
    public static final String OBJECT_LOCK_LEGAL_HOLD = "x-amz-object-lock-legal-hold";
    public static final String REPLICATION_STATUS = "x-amz-replication-status";
    public static final String BUCKET_REGION = "x-amz-bucket-region";
    public static final String CHECKSUM_MODE = "x-amz-checksum-mode";
    public static final String CHECKSUM_TYPE = "x-amz-checksum-type";
    public static final String CHECKSUM_PREFIX = "x-amz-checksum-";
    public static final String MP_PARTS_COUNT = "x-amz-mp-parts-count";
    public static final String META_PREFIX = "x-amz-meta-";
    public static final String STORAGE_CLASS = "x-amz-storage-class";
    public static final String SERVER_SIDE_ENCRYPTION = "x-amz-server-side-encryption";
    /**
     * Every object is encrypted at rest with SSE-S3 at least ("Amazon S3 now applies server-side
     * encryption with Amazon S3 managed keys (SSE-S3) as the base level of encryption for every
     * bucket", User Guide, "Protecting data with server-side encryption"), and object responses say so.
     */
    public static final String SSE_S3 = "AES256";

    /** RFC 1123 with a two-digit day, as AWS writes Last-Modified. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private S3Headers() {}

    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** Parses an HTTP date; null when absent or unparsable (S3 then ignores the condition). */
    public static Instant parseHttpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Quotes an ETag for headers and XML. */
    public static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    /**
     * The strict boolean S3 accepts in headers such as {@code x-amz-bypass-governance-retention}:
     * {@code true} or {@code false}, any case. Anything else is InvalidArgument, not "truthy".
     */
    public static Boolean parseBoolean(String name, String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("false")) {
            return Boolean.FALSE;
        }
        throw S3Exception.invalidArgument("Invalid value for header " + name, name, value);
    }

    /**
     * A single {@code bytes=} range; S3 ignores a Range header it cannot parse (and multiple
     * ranges) and sends the whole object, so those return null.
     */
    public static ByteRange parseRange(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = RANGE.matcher(value.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                return new ByteRange(null, null, Long.parseLong(m.group(2)), value);
            }
            long first = Long.parseLong(m.group(1));
            Long last = m.group(2).isEmpty() ? null : Long.parseLong(m.group(2));
            if (last != null && last < first) {
                return null;
            }
            return new ByteRange(first, last, null, value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
