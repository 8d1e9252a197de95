package dev.objectlock.emulator.domain.access;

/**
 * A key pair, and for a role session its token ([P.1, P7]). The secret only verifies signatures;
 * {@link #toString()} never shows it, nor the token, so that identities can be logged.
 *
 * @param sessionToken null for the long-term keys of the root and users
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken) {

    public static AccessKey longTerm(String accessKeyId, String secretAccessKey) {
        return new AccessKey(accessKeyId, secretAccessKey, null);
    }

    @Override
    public String toString() {
        return "AccessKey[" + accessKeyId + (sessionToken == null ? "" : ", with session token") + "]";
    }
}
