package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.Principal;

/**
 * Who sent a request and what the protocol knows about how ([P51] global keys): the authenticated
 * principal ({@link Principal#ANONYMOUS} without credentials), the client's address, how it was signed
 * and its {@code x-amz-content-sha256}.
 *
 * @param authType {@link #REST_HEADER} or {@link #REST_QUERY_STRING}; null for an anonymous request
 * @param contentSha256 the {@code x-amz-content-sha256} header, or null
 */
public record Caller(Principal principal, String sourceIp, String authType, String contentSha256) {

    /** {@code s3:authType} of a request signed in its Authorization header. */
    public static final String REST_HEADER = "REST-HEADER";
    /** {@code s3:authType} of a presigned URL. */
    public static final String REST_QUERY_STRING = "REST-QUERY-STRING";
}
