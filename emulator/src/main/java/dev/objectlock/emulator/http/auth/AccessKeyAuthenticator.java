package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;

/**
 * STAND-IN until SigV4 signatures are verified: trusts the access key id a request names and checks
 * nothing else (no signature, no date, no session token). It reads the key id from the Authorization
 * header's {@code Credential=} or the {@code X-Amz-Credential} query parameter, answers 403
 * InvalidAccessKeyId for a key no identity has (spec P3), and treats a request with neither as
 * anonymous (spec P33). Replace it with the signature verifier in the composition root.
 */
public final class AccessKeyAuthenticator implements RequestAuthenticator {

    private static final String CREDENTIAL = "Credential=";

    @Override
    public Principal authenticate(Request request, Identities identities) {
        String keyId = accessKeyId(request);
        if (keyId == null) {
            return Principal.ANONYMOUS;
        }
        return identities.credential(keyId).map(Identities.Credential::principal).orElseThrow(() ->
                S3Exception.of(S3ErrorCode.INVALID_ACCESS_KEY_ID).with("AWSAccessKeyId", keyId));
    }

    /** The key id before the first '/' of the credential scope; null without credentials. */
    static String accessKeyId(Request request) {
        String authorization = request.header("Authorization");
        if (authorization != null) {
            if (authorization.startsWith("AWS ")) {
                throw S3Exception.invalidRequest("The authorization mechanism you have provided is not supported. "
                        + "Please use AWS4-HMAC-SHA256."); // SigV2 (spec P32)
            }
            int at = authorization.indexOf(CREDENTIAL);
            if (at < 0) {
                throw S3Exception.invalidArgument("Unsupported Authorization Type", "Authorization", authorization);
            }
            return upToSlash(authorization.substring(at + CREDENTIAL.length()));
        }
        String credential = request.queryParameter("X-Amz-Credential");
        return credential == null ? null : upToSlash(credential);
    }

    private static String upToSlash(String credential) {
        int end = credential.length();
        for (int i = 0; i < credential.length(); i++) {
            char c = credential.charAt(i);
            if (c == '/' || c == ',' || c == ' ') {
                end = i;
                break;
            }
        }
        return credential.substring(0, end);
    }
}
