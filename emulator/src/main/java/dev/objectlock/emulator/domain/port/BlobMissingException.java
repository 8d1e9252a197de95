package dev.objectlock.emulator.domain.port;

/**
 * A blob that metadata names is not in the store: a concurrent overwrite or delete released it
 * after the version was looked up. Callers look the version up again.
 */
public final class BlobMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlobMissingException(String blobId) {
        super("blob " + blobId + " is not in the store", null, false, false);
    }
}
