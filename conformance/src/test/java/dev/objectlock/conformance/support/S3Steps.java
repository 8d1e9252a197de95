package dev.objectlock.conformance.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** The small set of arrange steps scenarios share, so each scenario reads as its rule. */
public final class S3Steps {

    /** A guard against a target whose pagination never ends. */
    private static final int MAX_PAGES = 500;

    private final S3Client s3;

    public S3Steps(S3Client s3) {
        this.s3 = s3;
    }

    public PutObjectResponse put(String bucket, String key, String body) {
        return s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    /** Puts and returns the new version id (null when the response carries none). */
    public String putVersion(String bucket, String key, String body) {
        return put(bucket, key, body).versionId();
    }

    public String read(String bucket, String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    public String read(String bucket, String key, String versionId) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId))
                .asUtf8String();
    }

    /** Deletes without a version id and returns the delete marker's version id, if any. */
    public String delete(String bucket, String key) {
        return s3.deleteObject(b -> b.bucket(bucket).key(key)).versionId();
    }

    public void enableVersioning(String bucket) {
        setVersioning(bucket, BucketVersioningStatus.ENABLED);
    }

    public void suspendVersioning(String bucket) {
        setVersioning(bucket, BucketVersioningStatus.SUSPENDED);
    }

    private void setVersioning(String bucket, BucketVersioningStatus status) {
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(status)));
    }

    /**
     * Every version and delete marker in listing order, read one entry per page (max-keys=1):
     * the SDK splits a page into separate version and marker lists, so single-entry pages are
     * how a user observes the one interleaved order ([R11]).
     */
    public List<Entry> listingOrder(String bucket) {
        List<Entry> entries = new ArrayList<>();
        String keyMarker = null;
        String versionIdMarker = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String km = keyMarker;
            String vm = versionIdMarker;
            ListObjectVersionsResponse response = s3.listObjectVersions(
                    b -> b.bucket(bucket).maxKeys(1).keyMarker(km).versionIdMarker(vm));
            entries.addAll(Entry.of(response));
            if (!Boolean.TRUE.equals(response.isTruncated())) {
                return entries;
            }
            keyMarker = response.nextKeyMarker();
            versionIdMarker = response.nextVersionIdMarker();
        }
        throw new AssertionError("listing did not end after " + MAX_PAGES + " pages");
    }

    /** A response header as the user's code sees it through {@code sdkHttpResponse()}. */
    public static Optional<String> header(SdkResponse response, String name) {
        return response.sdkHttpResponse().firstMatchingHeader(name);
    }

    public static int status(SdkResponse response) {
        return response.sdkHttpResponse().statusCode();
    }

    /** One listed version or delete marker. */
    public record Entry(String key, String versionId, boolean isLatest, boolean deleteMarker) {

        public static Entry version(String key, String versionId, boolean isLatest) {
            return new Entry(key, versionId, isLatest, false);
        }

        public static Entry marker(String key, String versionId, boolean isLatest) {
            return new Entry(key, versionId, isLatest, true);
        }

        /** The entries of one page: versions first, then markers (the SDK keeps no order between them). */
        public static List<Entry> of(ListObjectVersionsResponse page) {
            List<Entry> entries = new ArrayList<>();
            page.versions()
                    .forEach(v -> entries.add(version(v.key(), v.versionId(), Boolean.TRUE.equals(v.isLatest()))));
            page.deleteMarkers()
                    .forEach(m -> entries.add(marker(m.key(), m.versionId(), Boolean.TRUE.equals(m.isLatest()))));
            return entries;
        }
    }
}
