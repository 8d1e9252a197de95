package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.http.auth.SigningRegion;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * One endpoint for buckets of every region ([R103]). A request signed for another region than its
 * bucket's is answered as the bucket's region answers it: 400 AuthorizationHeaderMalformed with the
 * expected region in {@code <Region>} and {@code x-amz-bucket-region}, which SDK clients with
 * cross-region access read to sign again for the right region ([R104]). It runs in open and secured
 * mode alike, before authentication, because the region decides where a request is served.
 */
public final class RegionRouting {

    /**
     * Requests a scope of any region may send: those without a bucket, CreateBucket (whose endpoint
     * region decides where the bucket goes, [R100]) and GetBucketLocation ([R103]).
     */
    private static final Set<S3Operation> ANY_REGION =
            Set.of(S3Operation.LIST_BUCKETS, S3Operation.CREATE_BUCKET, S3Operation.GET_BUCKET_LOCATION);

    private final BucketService buckets;

    public RegionRouting(BucketService buckets) {
        this.buckets = buckets;
    }

    /** Refuses a request whose signature names another region than its bucket's; a missing bucket passes. */
    void check(Context ctx, S3Operation operation, RequestTarget target) {
        if (target.bucket() == null || ANY_REGION.contains(operation)) {
            return;
        }
        Optional<SigningRegion> signed = signingRegion(ctx);
        if (signed.isEmpty()) {
            return;
        }
        String region = signed.get().region();
        Optional<String> bucketRegion = buckets.regionOf(target.bucket());
        if (bucketRegion.isPresent() && !bucketRegion.get().equals(region)) {
            throw signed.get().wrongRegion(bucketRegion.get());
        }
    }

    static Optional<SigningRegion> signingRegion(Context ctx) {
        return SigningRegion.of(ctx.header("Authorization"), ctx.queryParam("X-Amz-Credential"));
    }
}
