package dev.objectlock.junit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature Version 4 for the few requests the extension sends itself ({@link BucketFixtures}) to an
 * emulator in secured mode, which verifies every request as S3 does. Without the AWS SDK, which is
 * optional here. Covers what those requests use: a path of unreserved characters, at most one
 * sub-resource word as the query, a body whose SHA-256 is signed.
 */
final class SigV4Signer {

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private SigV4Signer() {}

    /**
     * The headers to add to the request: {@code x-amz-date}, {@code x-amz-content-sha256}, a
     * session's {@code x-amz-security-token}, and {@code Authorization}, which signs those,
     * {@code host} and {@code headers} (each {@code x-amz-*} header must be signed).
     *
     * @param now real time: the emulator judges a request's age by its real clock, not the test clock
     */
    static Map<String, String> sign(
            String method,
            URI url,
            Map<String, String> headers,
            byte[] body,
            EmulatorCredentials credentials,
            String region,
            Instant now) {
        String amzDate = AMZ_DATE.format(now);
        String scope = amzDate.substring(0, 8) + "/" + region + "/s3/aws4_request";
        Map<String, String> added = new TreeMap<>();
        added.put("x-amz-date", amzDate);
        added.put("x-amz-content-sha256", HEX.formatHex(sha256(body)));
        if (credentials.isSession()) {
            added.put("x-amz-security-token", credentials.sessionToken());
        }
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.strip()));
        signed.putAll(added);
        signed.put("host", url.getPort() == -1 || url.getPort() == 80 ? url.getHost() : url.getAuthority());
        String signedHeaders = String.join(";", signed.keySet());
        String query = url.getRawQuery() == null ? "" : url.getRawQuery();
        String canonicalRequest = method + "\n" + url.getRawPath() + "\n"
                + (query.isEmpty() || query.contains("=") ? query : query + "=") + "\n"
                + signed.entrySet().stream()
                        .map(h -> h.getKey() + ":" + h.getValue() + "\n")
                        .collect(Collectors.joining())
                + "\n" + signedHeaders + "\n" + added.get("x-amz-content-sha256");
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = ("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8);
        for (String part : scope.split("/")) {
            key = hmac(key, part);
        }
        added.put(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders="
                        + signedHeaders + ", Signature=" + HEX.formatHex(hmac(key, stringToSign)));
        return added;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
