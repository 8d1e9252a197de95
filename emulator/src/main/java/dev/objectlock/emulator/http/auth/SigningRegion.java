package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.Optional;

/**
 * The region a SigV4 request was signed for, read from the scope of its Authorization header or of
 * its {@code X-Amz-Credential} parameter without verifying anything. One emulator plays every
 * regional endpoint, and this region says which one a request meant ([R100], [R103]). A request
 * without a well-formed scope names no region; secured mode refuses it later, open mode lets it pass.
 */
public final class SigningRegion {

    private static final String CREDENTIAL = "Credential=";

    private final String region;
    /** Where the scope came from, which words the wrong-region refusal. */
    private final CredentialScope.Source source;

    private SigningRegion(String region, CredentialScope.Source source) {
        this.region = region;
        this.source = source;
    }

    /** The scope's region. */
    public String region() {
        return region;
    }

    /**
     * @param authorization   the Authorization header, null when absent
     * @param credentialParam the decoded X-Amz-Credential query parameter, null when absent
     */
    public static Optional<SigningRegion> of(String authorization, String credentialParam) {
        if (authorization != null) {
            if (!authorization.startsWith(SigV4.ALGORITHM)) {
                return Optional.empty();
            }
            int start = authorization.indexOf(CREDENTIAL);
            if (start < 0) {
                return Optional.empty();
            }
            start += CREDENTIAL.length();
            int end = authorization.indexOf(',', start);
            String credential = authorization.substring(start, end < 0 ? authorization.length() : end);
            return regionOf(credential.strip(), CredentialScope.Source.HEADER);
        }
        return credentialParam == null ? Optional.empty() : regionOf(credentialParam, CredentialScope.Source.QUERY);
    }

    private static Optional<SigningRegion> regionOf(String credential, CredentialScope.Source source) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SigningRegion(parts[2], source));
    }

    /**
     * [R103]: the answer of the bucket's region to a scope of another: AuthorizationHeaderMalformed
     * naming the expected region ([E31], [P16]), or its presigned-URL form ([P29]).
     */
    public S3Exception wrongRegion(String bucketRegion) {
        return source.wrongRegion(region, bucketRegion);
    }
}
