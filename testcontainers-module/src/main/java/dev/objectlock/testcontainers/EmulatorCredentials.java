package dev.objectlock.testcontainers;

import java.util.Objects;

/**
 * The keys of one identity of the container's identities document, for a client a test builds
 * itself; from {@link ObjectLockEmulatorContainer#credentials(String)}. Needs no AWS SDK.
 * {@link #toString()} shows the key id only.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param sessionToken a role session's token; null for the long-term keys of the root and users
 */
public record EmulatorCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    /**
     * Both keys are required; the session token is not.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @param sessionToken a role session's token, or null
     */
    public EmulatorCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /**
     * Whether these are a role session's temporary credentials, which sign with {@link #sessionToken()}.
     *
     * @return true when there is a session token
     */
    public boolean isSession() {
        return sessionToken != null;
    }

    @Override
    public String toString() {
        return "EmulatorCredentials[" + accessKeyId + (isSession() ? ", with session token" : "") + "]";
    }
}
