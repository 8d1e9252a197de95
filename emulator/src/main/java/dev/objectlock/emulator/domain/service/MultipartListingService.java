package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.UploadedPart;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.rules.ListingPages;
import dev.objectlock.emulator.domain.rules.ListingPages.Cursor;
import dev.objectlock.emulator.domain.rules.ListingPages.Page;
import java.util.List;

/** ListParts and ListMultipartUploads: reads of the uploads in progress, changing nothing. */
public final class MultipartListingService {

    public record PartsPage(MultipartUpload upload, List<UploadedPart> parts, boolean truncated, int nextMarker) {}

    public record UploadsPage(
            List<MultipartUpload> uploads,
            List<String> commonPrefixes,
            boolean truncated,
            String nextKeyMarker,
            String nextUploadIdMarker) {}

    private final MultipartRepository repository;
    private final Buckets buckets;
    private final Uploads uploads;

    public MultipartListingService(MultipartRepository repository, BucketRepository buckets) {
        this.repository = repository;
        this.buckets = new Buckets(buckets);
        this.uploads = new Uploads(buckets, repository);
    }

    public PartsPage listParts(String bucket, String key, String uploadId, int partNumberMarker, int maxParts) {
        MultipartUpload upload = uploads.require(bucket, key, uploadId);
        List<UploadedPart> parts = repository.parts(uploadId, partNumberMarker, maxParts + 1);
        boolean truncated = parts.size() > maxParts;
        List<UploadedPart> page = truncated ? parts.subList(0, maxParts) : parts;
        int next = page.isEmpty() ? 0 : page.get(page.size() - 1).partNumber();
        return new PartsPage(upload, page, truncated, next);
    }

    /**
     * ListMultipartUploads, paged as the object listings are; within a key, uploads in the order
     * they were initiated. With a max-uploads of 0 the page is empty and truncated when any upload exists.
     */
    public UploadsPage listUploads(
            String bucket, String prefix, String delimiter, String keyMarker, String uploadIdMarker, int maxUploads) {
        buckets.require(bucket);
        Page<MultipartUpload> page = ListingPages.page(
                prefix,
                delimiter,
                maxUploads,
                new Cursor<>(keyMarker, uploadIdMarker),
                (c, limit) -> repository.list(bucket, prefix, c.key(), c.within(), limit),
                u -> new Cursor<>(u.key(), u.uploadId()));
        if (!page.truncated()) {
            return new UploadsPage(page.items(), page.commonPrefixes(), false, null, null);
        }
        MultipartUpload last = page.lastItem();
        return new UploadsPage(
                page.items(),
                page.commonPrefixes(),
                true,
                last == null ? page.lastPrefix() : last.key(),
                last == null ? null : last.uploadId());
    }
}
