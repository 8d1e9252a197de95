package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bucket and key a request addresses, from virtual-host style ({@code bucket.localhost:9000/key})
 * or path style ({@code localhost:9000/bucket/key}). Keys are taken from the raw path and
 * percent-decoded here, so {@code a/}, {@code a//b} and {@code %2F} survive exactly.
 *
 * @param bucket null for service-level requests (ListBuckets)
 * @param key    null for bucket-level requests
 */
public record RequestTarget(String bucket, String key) {

    /**
     * @param rawPath          the undecoded request path
     * @param host             the Host header, possibly with a port
     * @param virtualHostSuffix the domain under which a leading label names the bucket ("localhost")
     */
    public static RequestTarget resolve(String rawPath, String host, String virtualHostSuffix) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String bucketFromHost = bucketFromHost(host, virtualHostSuffix);
        String rest = path.substring(1);
        if (bucketFromHost != null) {
            return new RequestTarget(bucketFromHost, rest.isEmpty() ? null : decode(rest));
        }
        if (rest.isEmpty()) {
            return new RequestTarget(null, null);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new RequestTarget(decode(rest), null);
        }
        String key = rest.substring(slash + 1);
        return new RequestTarget(decode(rest.substring(0, slash)), key.isEmpty() ? null : decode(key));
    }

    private static String bucketFromHost(String host, String suffix) {
        if (host == null || suffix == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return null;
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        String dotSuffix = "." + suffix.toLowerCase(Locale.ROOT);
        if (name.endsWith(dotSuffix) && name.length() > dotSuffix.length()) {
            return name.substring(0, name.length() - dotSuffix.length());
        }
        return null;
    }

    /**
     * Refuses a query string with a malformed percent-encoding ({@code %zz}, a lone {@code %}) or an
     * encoding that is not UTF-8, as S3 refuses such a target before any operation runs ([R59]).
     * Checked before any parameter is read, because the HTTP server's own decoding drops such a
     * parameter: {@code DELETE ?versionId=%zz} would otherwise run as a delete without a version id.
     */
    public static void requireWellFormedQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        for (String parameter : rawQuery.split("&", -1)) {
            decode(parameter);
        }
    }

    /** Percent-decodes a path as UTF-8; {@code +} stays a plus sign in paths. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    throw badUri(raw);
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw badUri(raw);
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else {
                int end = raw.indexOf('%', i);
                end = end < 0 ? raw.length() : end;
                byte[] encoded = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw badUri(raw);
        }
    }

    private static S3Exception badUri(String raw) {
        return S3Exception.of(S3ErrorCode.INVALID_URI).with("URI", raw);
    }
}
