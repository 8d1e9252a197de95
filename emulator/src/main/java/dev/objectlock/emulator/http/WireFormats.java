package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small conversions between wire strings and domain values that several handlers share. */
public final class WireFormats {

    private WireFormats() {}

    /** "Enabled"/"Suspended" exactly; other spellings are MalformedXML ([R12]). */
    public static VersioningStatus parseVersioningStatus(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Enabled" -> VersioningStatus.ENABLED;
            case "Suspended" -> VersioningStatus.SUSPENDED;
            default -> throw S3Exception.malformedXml();
        };
    }

    public static String versioningStatus(VersioningStatus status) {
        return switch (status) {
            case ENABLED -> "Enabled";
            case SUSPENDED -> "Suspended";
            case UNVERSIONED -> null;
        };
    }

    /** Markers and prefixes that AWS writes as empty elements when the request had none. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The {@code x-amz-tagging} header: a URL query string {@code k1=v1&k2=v2}. */
    public static List<Tag> parseTaggingHeader(String header) {
        List<Tag> tags = new ArrayList<>();
        if (header == null || header.isEmpty()) {
            return tags;
        }
        for (String pair : header.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            tags.add(new Tag(urlDecode(key), urlDecode(value)));
        }
        return tags;
    }

    private static String urlDecode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidArgument(
                    "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded "
                            + "URL query parameters without tag name duplicates.",
                    "x-amz-tagging",
                    s);
        }
    }

    /**
     * Encoding for {@code encoding-type=url} listings: everything but unreserved characters and
     * {@code /} is percent-encoded, a space as %20 (which every SDK's decoder accepts).
     */
    public static String urlEncode(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || c == '/') {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
