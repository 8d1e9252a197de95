package dev.objectlock.emulator.http.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed aws-chunked bodies of any chunk sizes, chained from the seed of the API reference's
 * example (sigv4-streaming: AWS's example key, 2013-05-24, us-east-1, seed 4f232c43...), computed
 * here independently of the verifier so that the verifier is tested against something else.
 * The SDK never sends chunks that break [P19]; these bodies can. Its key derivation also signs
 * the few requests the SDK cannot make (one dated by the Date header alone).
 */
final class SignedChunks {

    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String DATE = "20130524T000000Z";
    static final String SCOPE = "20130524/us-east-1/s3/aws4_request";
    static final String SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    private static final HexFormat HEX = HexFormat.of();

    private SignedChunks() {}

    /** Chunks of 'a' of the given sizes, each signed, then the signed final empty chunk. */
    static byte[] awsExample(int[] sizes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String previous = SEED;
        for (int size : Arrays.copyOf(sizes, sizes.length + 1)) {
            byte[] data = new byte[size];
            Arrays.fill(data, (byte) 'a');
            String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + DATE + "\n" + SCOPE + "\n" + previous + "\n"
                    + HEX.formatHex(sha256(new byte[0])) + "\n" + HEX.formatHex(sha256(data));
            previous = HEX.formatHex(hmac(key(), stringToSign));
            body.writeBytes((Integer.toHexString(size) + ";chunk-signature=" + previous + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(data);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return body.toByteArray();
    }

    /** A verifier seeded as the example request's Authorization header seeds it. */
    static ChunkSignatureVerifier awsExampleVerifier() {
        return new ChunkSeed(
                        "AKIAIOSFODNN7EXAMPLE", DATE, SCOPE, key(), SEED, "(the example's canonical request)", false)
                .newVerifier();
    }

    private static byte[] key() {
        return signingKey(SECRET, "20130524", "us-east-1");
    }

    /** The SigV4 signing key, derived here without the verifier's code. */
    static byte[] signingKey(String secret, String day, String region) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
        for (String part : new String[] {region, "s3", "aws4_request"}) {
            key = hmac(key, part);
        }
        return key;
    }

    static String hmacHex(byte[] key, String data) {
        return HEX.formatHex(hmac(key, data));
    }

    static String sha256Hex(String text) {
        return HEX.formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
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

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
