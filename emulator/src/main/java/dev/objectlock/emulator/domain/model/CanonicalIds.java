package dev.objectlock.emulator.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The canonical user id of an account, as owners and ACL grants carry it. */
public final class CanonicalIds {

    private CanonicalIds() {}

    /** A stable 64-hex id derived from the account id (AWS's own are opaque 64-hex strings too). */
    public static String of(String accountId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
