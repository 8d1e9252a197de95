package dev.objectlock.emulator.domain.access;

/**
 * A policy document that cannot be used. Carries the {@link PolicyError} as data; the service turns it
 * into S3's 400 MalformedPolicy ([E48]), the identities reader into a path-named error.
 */
public final class MalformedPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PolicyError error;

    public MalformedPolicyException(PolicyError error) {
        super(error.path().isEmpty() ? error.message() : error.path() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public PolicyError error() {
        return error;
    }
}
