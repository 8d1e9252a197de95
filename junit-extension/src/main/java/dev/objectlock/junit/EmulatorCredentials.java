package dev.objectlock.junit;

import java.util.Objects;

/**
 * The keys of one identity, for a client a test builds itself: inject it as
 * {@code @Identity("app") EmulatorCredentials app} (or unannotated, the root's keys in secured mode).
 * Needs no AWS SDK; with the SDK, {@code @Identity("app") AwsCredentials} gives the same keys as
 * the SDK's type. {@link #toString()} shows the key id only.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param sessionToken the role session's token; null for the long-term keys of the root and users
 */
public record EmulatorCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    /** What clients sign with in open mode, where the emulator accepts any key. */
    static final EmulatorCredentials OPEN_MODE = new EmulatorCredentials("test", "test", null);

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
