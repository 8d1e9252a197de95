package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.regex.Pattern;

/**
 * Which region a new bucket lives in, judged by the region of the endpoint the CreateBucket was sent
 * to and the {@code LocationConstraint} it names ([R100]). One emulator plays every regional endpoint:
 * the endpoint of a request is the region its signature names.
 */
public final class BucketRegionRules {

    public static final String US_EAST_1 = "us-east-1";

    /** The old name of eu-west-1, still accepted as a constraint ([R100], [K42]). */
    private static final String EU = "EU";

    private static final String EU_WEST_1 = "eu-west-1";

    /** The shape of a region name; AWS knows only its real regions ([K42]). */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+");

    private BucketRegionRules() {}

    /**
     * The region of a new bucket, or the refusal of [E100], [E101] or [E102].
     *
     * @param constraint     the LocationConstraint as sent; null or empty when the request named none
     * @param endpointRegion the region of the endpoint the request was sent to
     */
    public static String regionForNewBucket(String constraint, String endpointRegion) {
        boolean none = constraint == null || constraint.isEmpty();
        if (US_EAST_1.equals(endpointRegion)) {
            // us-east-1 is spelled as "no constraint" there, and naming it is refused [E102].
            if (none) {
                return US_EAST_1;
            }
            if (EU.equals(constraint)) {
                return EU_WEST_1;
            }
            if (US_EAST_1.equals(constraint) || !REGION.matcher(constraint).matches()) {
                throw S3Exception.of(S3ErrorCode.INVALID_LOCATION_CONSTRAINT).with("LocationConstraint", constraint);
            }
            return constraint;
        }
        if (none) {
            throw S3Exception.of(S3ErrorCode.ILLEGAL_LOCATION_CONSTRAINT);
        }
        String named = EU.equals(constraint) ? EU_WEST_1 : constraint;
        if (!named.equals(endpointRegion)) {
            throw S3Exception.of(
                    S3ErrorCode.ILLEGAL_LOCATION_CONSTRAINT,
                    "The " + constraint + " location constraint is incompatible for the region specific endpoint "
                            + "this request was sent to.");
        }
        return named;
    }

    /**
     * Re-creating a bucket one already owns is a silent success only where both the bucket and the
     * endpoint are us-east-1; elsewhere it is 409 BucketAlreadyOwnedByYou ([R101], [E103]).
     */
    public static boolean recreationSucceeds(String existingRegion, String endpointRegion) {
        return US_EAST_1.equals(existingRegion) && US_EAST_1.equals(endpointRegion);
    }
}
