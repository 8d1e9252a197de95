package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.http.AclHeaders;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.WireFormats;
import dev.objectlock.emulator.http.xml.CreateBucketConfigurationXml;
import dev.objectlock.emulator.http.xml.ListAllMyBucketsResultXml;
import dev.objectlock.emulator.http.xml.LocationConstraintXml;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.VersioningConfigurationXml;
import dev.objectlock.emulator.http.xml.XmlCodec;

/** Bucket-level operations: ListBuckets, Create/Head/DeleteBucket, GetBucketLocation, versioning. */
public final class BucketHandlers {

    private final BucketService buckets;
    private final OwnerXml owner;

    public BucketHandlers(BucketService buckets, OwnerXml owner) {
        this.buckets = buckets;
        this.owner = owner;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html */
    public void listBuckets(S3Exchange ex) {
        String prefix = ex.query("prefix");
        Integer maxBuckets = ex.hasQuery("max-buckets") ? ex.intQuery("max-buckets", 0) : null;
        String token = ex.query("continuation-token");
        String after = token == null || token.isEmpty() ? null : ListingTokens.decode(token);
        BucketService.BucketPage page = buckets.list(prefix, ex.query("bucket-region"), maxBuckets, after);
        ex.xml(ListAllMyBucketsResultXml.of(
                owner,
                page.buckets().stream()
                        .map(b -> new ListAllMyBucketsResultXml.BucketXml(
                                b.name(), XmlCodec.timestamp(b.creationDate()), b.region()))
                        .toList(),
                page.resumeAfter() == null ? null : ListingTokens.encode(page.resumeAfter()),
                prefix));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html */
    public void createBucket(S3Exchange ex) {
        byte[] body = ex.smallBody();
        String constraint = body.length == 0
                ? null
                : XmlCodec.read(body, CreateBucketConfigurationXml.class).locationConstraint();
        Boolean lock = S3Headers.parseBoolean(
                "x-amz-bucket-object-lock-enabled", ex.header("x-amz-bucket-object-lock-enabled"));
        Bucket bucket = buckets.create(new BucketService.CreateBucket(
                ex.bucket(),
                constraint,
                Boolean.TRUE.equals(lock),
                ex.header(AclHeaders.OBJECT_OWNERSHIP),
                AclHeaders.read(ex),
                ex.signingRegion()));
        ex.responseHeader("Location", "/" + bucket.name()).empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html */
    public void headBucket(S3Exchange ex) {
        Bucket bucket = buckets.require(ex.bucket());
        ex.responseHeader(S3Headers.BUCKET_REGION, bucket.region()).empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html */
    public void deleteBucket(S3Exchange ex) {
        buckets.delete(ex.bucket());
        ex.empty(204);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html */
    public void getBucketLocation(S3Exchange ex) {
        Bucket bucket = buckets.require(ex.bucket());
        ex.xml(new LocationConstraintXml("us-east-1".equals(bucket.region()) ? null : bucket.region()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html */
    public void putBucketVersioning(S3Exchange ex) {
        byte[] body = ex.smallBody();
        if (body.length == 0) {
            throw S3Exception.malformedXml();
        }
        VersioningConfigurationXml config = XmlCodec.read(body, VersioningConfigurationXml.class);
        buckets.putVersioning(
                ex.bucket(), WireFormats.parseVersioningStatus(config.status()), parseMfaDelete(config.mfaDelete()));
        ex.empty(200);
    }

    private static Boolean parseMfaDelete(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Enabled" -> Boolean.TRUE;
            case "Disabled" -> Boolean.FALSE;
            default -> throw S3Exception.malformedXml();
        };
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html */
    public void getBucketVersioning(S3Exchange ex) {
        BucketService.VersioningConfiguration config = buckets.getVersioning(ex.bucket());
        ex.xml(new VersioningConfigurationXml(
                config.status() == null ? null : WireFormats.versioningStatus(config.status()),
                config.mfaDelete() == null ? null : config.mfaDelete() ? "Enabled" : "Disabled"));
    }
}
