package dev.objectlock.emulator.domain.port;

import java.io.InputStream;

/** Object bodies, kept apart from metadata and streamed, never held whole in memory. */
public interface BlobStore {

    /** Writes the stream to a new blob and returns its id; the caller commits it with the metadata. */
    String write(InputStream body);

    /**
     * Opens {@code length} bytes starting at {@code offset}. An opened blob stays readable even if
     * it is deleted meanwhile; one already gone throws {@link BlobMissingException}.
     */
    InputStream open(String blobId, long offset, long length);

    long size(String blobId);

    /** Removes a blob; absent blobs are ignored so cleanup after a crash is idempotent. */
    void delete(String blobId);

    /** Removes every blob (emulator reset). */
    void deleteAll();
}
