package dev.objectlock.emulator.badinput;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** Content-MD5 and x-amz-content-sha256 values for bodies, so a request reaches the parser behind them. */
final class Digests {

    private Digests() {}

    static String md5(byte[] body) {
        return Base64.getEncoder().encodeToString(digest("MD5", body));
    }

    static String sha256Hex(byte[] body) {
        return HexFormat.of().formatHex(digest("SHA-256", body));
    }

    private static byte[] digest(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
