package dev.objectlock.emulator.domain.model;

/** The standard representation headers S3 stores with an object and returns on GET and HEAD. */
public record ContentHeaders(
        String contentType,
        String contentEncoding,
        String contentDisposition,
        String contentLanguage,
        String cacheControl,
        String expires) {

    public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    public static ContentHeaders defaults() {
        return new ContentHeaders(DEFAULT_CONTENT_TYPE, null, null, null, null, null);
    }
}
