package dev.objectlock.emulator.http.auth;

import java.util.Arrays;
import java.util.List;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * header (API reference sigv4-auth-using-authorization-header): steps 1 and 2 of [P15].
 */
record AuthorizationHeader(CredentialScope credential, List<String> signedHeaders, String signature) {

    private static final String SIGV2 = "AWS";
    private static final String SIGV4A = "AWS4-ECDSA-P256-SHA256";
    private static final String THREE_COMPONENTS =
            "the authorization header requires three components: Credential, SignedHeaders, and Signature.";

    /**
     * Step 1, the scheme: SigV2 and SigV4a are refused ([E37]), any other word is not S3's ([E38]);
     * step 2, the three components ([E31], texts AWS-recorded in ex-aws/ex_aws#537 and
     * TTLabs/EvaporateJS#353). The scope is only split here; {@link CredentialScope#check} judges it.
     */
    static AuthorizationHeader parse(String value) {
        int space = value.indexOf(' ');
        if (space <= 0) {
            throw AuthErrors.authorizationNeedsOneSpace(value);
        }
        String scheme = value.substring(0, space);
        if (scheme.equals(SIGV2) || scheme.equals(SIGV4A)) {
            throw AuthErrors.unsupportedMechanism();
        }
        if (!scheme.equals(SigV4.ALGORITHM)) {
            throw AuthErrors.unsupportedAuthorizationType(scheme);
        }
        String[] components = value.substring(space + 1).split(",", -1);
        if (components.length != 3) {
            throw AuthErrors.headerMalformed(THREE_COMPONENTS);
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String component : components) {
            String part = component.strip();
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw AuthErrors.headerMalformed("the authorization component \"" + component + "\" is malformed.");
            }
            String name = part.substring(0, eq);
            String v = part.substring(eq + 1);
            if (name.equals("Credential") && credential == null) {
                credential = v;
            } else if (name.equals("SignedHeaders") && signedHeaders == null) {
                signedHeaders = v;
            } else if (name.equals("Signature") && signature == null) {
                signature = v;
            } else {
                throw AuthErrors.headerMalformed(THREE_COMPONENTS);
            }
        }
        return new AuthorizationHeader(
                CredentialScope.parse(credential, CredentialScope.Source.HEADER), names(signedHeaders), signature);
    }

    /** SignedHeaders or X-Amz-SignedHeaders: lower-case names separated by ';'. */
    static List<String> names(String signedHeaders) {
        return Arrays.stream(signedHeaders.split(";"))
                // Kept as sent: SigV4 signs lower-case names, and "Host" is not "host" [R58].
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }
}
