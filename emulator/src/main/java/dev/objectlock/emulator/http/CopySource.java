package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3Exception;

/**
 * The {@code x-amz-copy-source} header: {@code [/]bucket/key[?versionId=id]} with the key
 * URL-encoded. Only a literal {@code ?versionId=} separates the version; an encoded one is part
 * of the key ([A.7]).
 */
public record CopySource(String bucket, String key, String versionId) {

    private static final String VERSION_SEPARATOR = "?versionId=";

    public static CopySource parse(String header) {
        if (header == null || header.isEmpty()) {
            throw invalid(header);
        }
        String value = header.startsWith("/") ? header.substring(1) : header;
        String versionId = null;
        int at = value.indexOf(VERSION_SEPARATOR);
        if (at >= 0) {
            versionId = value.substring(at + VERSION_SEPARATOR.length());
            value = value.substring(0, at);
        }
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            throw invalid(header);
        }
        return new CopySource(
                RequestTarget.decode(value.substring(0, slash)),
                RequestTarget.decode(value.substring(slash + 1)),
                versionId);
    }

    private static S3Exception invalid(String header) {
        return S3Exception.invalidArgument(
                "Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                S3Headers.COPY_SOURCE,
                header);
    }
}
