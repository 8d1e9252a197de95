package dev.objectlock.emulator.http.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing keys already derived, so a client's requests cost one HMAC for their signature instead of
 * five: the key depends only on the secret, the date, the region and the service, and a client
 * signs day after day with the same ones. Keyed by all four, so a replaced secret can never be
 * served a stale key; emptied when it grows past a bound.
 */
final class SigningKeys {

    private static final int MAX_CACHED = 1024;

    private record Scope(String secret, String date, String region, String service) {}

    private static final Map<Scope, byte[]> DERIVED = new ConcurrentHashMap<>();

    private SigningKeys() {}

    /** The signing key of the scope; the caller must not modify the array. */
    static byte[] of(String secret, String date, String region, String service) {
        Scope scope = new Scope(secret, date, region, service);
        byte[] key = DERIVED.get(scope);
        if (key == null) {
            if (DERIVED.size() >= MAX_CACHED) {
                DERIVED.clear();
            }
            key = SigV4.signingKey(secret, date, region, service);
            DERIVED.put(scope, key);
        }
        return key;
    }
}
