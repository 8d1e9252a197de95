package dev.objectlock.emulator.http.body;

import java.util.List;

/**
 * Watches the framing of an {@code aws-chunked} body while {@link AwsChunkedInputStream} decodes
 * it, so that chunk and trailer signatures (S3 API reference, sigv4-streaming and
 * sigv4-streaming-trailers) can be checked without a second pass over the bytes. A listener
 * refuses the body by throwing {@code S3Exception}; the decoder lets it through to its reader.
 *
 * <p>Calls come in stream order: for every chunk, the final zero-size one included,
 * {@link #chunkStarted}, then {@link #chunkData} for its bytes, then {@link #chunkEnded};
 * after the final chunk, {@link #trailersEnded} once.
 */
public interface ChunkSignatureListener {

    /** One trailer line after the final chunk; the name lower-cased, the value stripped. */
    record Trailer(String name, String value) {}

    /**
     * @param size      the chunk's declared data size; 0 for the final chunk
     * @param signature the {@code chunk-signature} extension of its header; null when absent
     */
    void chunkStarted(long size, String signature);

    /** Bytes of the current chunk's data, as they are read. */
    void chunkData(byte[] b, int off, int len);

    /** The current chunk's data is complete. */
    void chunkEnded();

    /**
     * @param trailers          the trailer lines in arrival order, without the trailer signature
     * @param trailerSignature  the {@code x-amz-trailer-signature} value; null when absent
     */
    void trailersEnded(List<Trailer> trailers, String trailerSignature);
}
