package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The continuation tokens of ListObjectsV2 and ListBuckets: opaque to clients, here the last name
 * listed, base64url-encoded. A token that does not decode is refused as AWS refuses a foreign one.
 */
final class ListingTokens {

    private ListingTokens() {}

    static String encode(String lastName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidArgument(
                    "The continuation token provided is incorrect", "continuation-token", token);
        }
    }
}
