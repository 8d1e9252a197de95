package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.rules.ListingPages;
import dev.objectlock.emulator.domain.rules.ListingPages.Cursor;
import dev.objectlock.emulator.domain.rules.ListingPages.Page;
import java.util.List;

/**
 * ListObjects (v1, v2) and ListObjectVersions: prefix filtering, delimiter roll-up into common
 * prefixes, and pages of at most max-keys entries where a common prefix counts as one entry
 * ([A.5]).
 */
public final class ListingService {

    public static final int MAX_KEYS_LIMIT = 1000;

    public record ListVersions(
            String bucket, String prefix, String delimiter, String keyMarker, String versionIdMarker, int maxKeys) {}

    /** {@code next*} markers name the last entry returned and are set only when truncated ([R10]). */
    public record VersionPage(
            List<ListedVersion> versions,
            List<String> commonPrefixes,
            boolean truncated,
            String nextKeyMarker,
            String nextVersionIdMarker) {}

    /** {@code startAfter} is exclusive: the marker of v1 and start-after or continuation of v2. */
    public record ListObjects(String bucket, String prefix, String delimiter, String startAfter, int maxKeys) {}

    /**
     * {@code lastReturned} is the last key or common prefix on the page, for the next marker;
     * {@code bucketRegion} the listed bucket's region ([R102]).
     */
    public record ObjectPage(
            List<ObjectVersion> objects,
            List<String> commonPrefixes,
            boolean truncated,
            String lastReturned,
            String bucketRegion) {}

    private final Buckets buckets;
    private final ObjectVersionRepository versions;

    public ListingService(BucketRepository buckets, ObjectVersionRepository versions) {
        this.buckets = new Buckets(buckets);
        this.versions = versions;
    }

    public VersionPage listVersions(ListVersions request) {
        requireBucket(request.bucket());
        checkMaxKeys(request.maxKeys());
        if (request.versionIdMarker() != null
                && (request.keyMarker() == null || request.keyMarker().isEmpty())) {
            throw S3Exception.invalidArgument(
                    "A version-id marker cannot be specified without a key marker.",
                    "version-id-marker",
                    request.versionIdMarker());
        }
        Cursor<Long> start = new Cursor<>(request.keyMarker(), startSequence(request));
        // max-keys 0 reads nothing and answers an empty page that is not truncated.
        if (request.maxKeys() == 0) {
            return new VersionPage(List.of(), List.of(), false, null, null);
        }
        Page<ListedVersion> page = ListingPages.page(
                request.prefix(),
                request.delimiter(),
                request.maxKeys(),
                start,
                (c, limit) -> versions.scanVersions(request.bucket(), request.prefix(), c.key(), c.within(), limit),
                v -> new Cursor<>(v.entry().key(), v.entry().sequence()));
        String nextKey = null;
        String nextVersion = null;
        if (page.truncated()) {
            ListedVersion last = page.lastItem();
            nextKey = last == null ? page.lastPrefix() : last.entry().key();
            nextVersion = last == null ? null : last.entry().versionId().value();
        }
        return new VersionPage(page.items(), page.commonPrefixes(), page.truncated(), nextKey, nextVersion);
    }

    /**
     * Where a listing resumes after key-marker + version-id-marker: just after that version. Our
     * generated ids carry their sequence, so this works even if the version has since been
     * deleted (AWS then continues with the next older version).
     */
    private Long startSequence(ListVersions request) {
        if (request.versionIdMarker() == null) {
            return null;
        }
        String marker = request.versionIdMarker();
        boolean storedBefore = VersionId.hasIdShape(marker)
                && request.keyMarker() != null
                && versions.find(request.bucket(), request.keyMarker(), new VersionId(marker))
                        .isPresent();
        if (!VersionId.isWellFormed(marker) && !storedBefore) {
            throw S3Exception.invalidArgument("Invalid version id specified", "version-id-marker", marker);
        }
        VersionId id = new VersionId(marker);
        if (!id.isNull()) {
            return id.embeddedSequence();
        }
        return versions.find(request.bucket(), request.keyMarker(), id)
                .map(e -> e.sequence())
                .orElse(Long.MAX_VALUE);
    }

    public ObjectPage listObjects(ListObjects request) {
        String region = buckets.require(request.bucket()).region();
        checkMaxKeys(request.maxKeys());
        if (request.maxKeys() == 0) {
            return new ObjectPage(List.of(), List.of(), false, null, region);
        }
        Page<ObjectVersion> page = ListingPages.page(
                request.prefix(),
                request.delimiter(),
                request.maxKeys(),
                Cursor.<Void>afterKey(request.startAfter()),
                (c, limit) -> versions.scanCurrentObjects(request.bucket(), request.prefix(), c.key(), limit),
                v -> Cursor.afterKey(v.key()));
        ObjectVersion last = page.lastItem();
        return new ObjectPage(
                page.items(),
                page.commonPrefixes(),
                page.truncated(),
                last == null ? page.lastPrefix() : last.key(),
                region);
    }

    private static void checkMaxKeys(int maxKeys) {
        if (maxKeys < 0) {
            throw S3Exception.invalidArgument("max-keys cannot be negative", "maxKeys", Integer.toString(maxKeys));
        }
    }

    private void requireBucket(String name) {
        buckets.require(name);
    }
}
