package dev.objectlock.emulator.http.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps header and query authentication share once the key is known: every header that must
 * be signed is ([P28], [E42]), and the signature is the one the server computes ([P13], [E30]).
 */
final class RequestSignature {

    private static final String CONTENT_SHA256 = "x-amz-content-sha256";

    /**
     * The key a request is signed with and the request's time.
     *
     * @param amzDate the request time as sent, yyyyMMdd'T'HHmmss'Z': the string to sign's second line
     */
    record Signing(String accessKeyId, String amzDate, CredentialScope scope, byte[] key) {}

    /**
     * What the client signed: the request, minus a query parameter that carries the signature
     * itself, plus the headers it names and the payload hash that closes the canonical request.
     */
    record Signed(
            AuthRequest request,
            List<QueryParameter> query,
            String excludedParameter,
            List<String> headers,
            String payloadHash) {}

    private RequestSignature() {}

    /**
     * [E42]: every {@code x-amz-*} header but x-amz-content-sha256 (its value is the payload hash,
     * already in the canonical request) must be signed, and so must Host. AWS records this for
     * presigned URLs; the emulator applies it to header auth too ([P.14]).
     */
    static void requireSigned(AuthRequest request, List<String> signedHeaders) {
        Set<String> signed = new HashSet<>(signedHeaders);
        List<String> unsigned = request.headers().keySet().stream()
                .filter(name -> (name.startsWith("x-amz-") && !name.equals(CONTENT_SHA256)) || name.equals("host"))
                .filter(name -> !signed.contains(name))
                .sorted()
                .toList();
        if (!unsigned.isEmpty()) {
            throw AuthErrors.headersNotSigned(unsigned);
        }
    }

    /**
     * Computes the signature over the canonical request and compares it in constant time. The path
     * is first decoded and re-encoded ([P10]); if that fails and the raw path differs, it is tried
     * as sent, since clients disagree on characters such as {@code !*'()}. The error echoes the
     * first attempt.
     *
     * @return the canonical request that matched, for the errors of later chunk checks
     */
    static String verify(Signed signed, Signing signing, String provided) {
        AuthRequest request = signed.request();
        String query = CanonicalRequest.query(signed.query(), signed.excludedParameter());
        String headers = CanonicalRequest.headers(request, signed.headers());
        String uri = CanonicalRequest.uri(request.rawPath());
        String canonical =
                CanonicalRequest.build(request.method(), uri, query, headers, signed.headers(), signed.payloadHash());
        String stringToSign =
                SigV4.stringToSign(signing.amzDate(), signing.scope().scope(), canonical);
        if (SigV4.same(SigV4.signature(signing.key(), stringToSign), provided)) {
            return canonical;
        }
        if (!uri.equals(request.rawPath())) {
            String asSent = CanonicalRequest.build(
                    request.method(), request.rawPath(), query, headers, signed.headers(), signed.payloadHash());
            String asSentToSign =
                    SigV4.stringToSign(signing.amzDate(), signing.scope().scope(), asSent);
            if (SigV4.same(SigV4.signature(signing.key(), asSentToSign), provided)) {
                return asSent;
            }
        }
        throw AuthErrors.signatureDoesNotMatch(signing.accessKeyId(), stringToSign, provided, canonical);
    }
}
