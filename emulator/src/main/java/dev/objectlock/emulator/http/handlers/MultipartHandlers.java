package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.service.LifecycleConfigurationService;
import dev.objectlock.emulator.domain.service.MultipartListingService;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.CopySource;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.WireFormats;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.ChecksumValuesXml;
import dev.objectlock.emulator.http.xml.CommonPrefixXml;
import dev.objectlock.emulator.http.xml.CompleteMultipartUploadResultXml;
import dev.objectlock.emulator.http.xml.CompleteMultipartUploadXml;
import dev.objectlock.emulator.http.xml.CopyPartResultXml;
import dev.objectlock.emulator.http.xml.InitiateMultipartUploadResultXml;
import dev.objectlock.emulator.http.xml.ListMultipartUploadsResultXml;
import dev.objectlock.emulator.http.xml.ListPartsResultXml;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.util.List;

/** CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload, Abort, ListParts, ListMultipartUploads. */
public final class MultipartHandlers {

    private static final int DEFAULT_PAGE = 1000;

    private final MultipartService multipart;
    private final MultipartListingService listing;
    private final OwnerXml owner;
    private final LifecycleConfigurationService lifecycle;

    public MultipartHandlers(
            MultipartService multipart,
            MultipartListingService listing,
            OwnerXml owner,
            LifecycleConfigurationService lifecycle) {
        this.multipart = multipart;
        this.listing = listing;
        this.owner = owner;
        this.lifecycle = lifecycle;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html */
    public void createMultipartUpload(S3Exchange ex) {
        ChecksumAlgorithm algorithm = parseAlgorithm(ex.header("x-amz-checksum-algorithm"));
        Checksum.ChecksumType type = parseType(ex.header(S3Headers.CHECKSUM_TYPE));
        MultipartUpload upload = multipart.create(new MultipartService.CreateUpload(
                ex.bucket(), ex.key(), ObjectHandlers.newObject(ex), algorithm, type, ObjectHandlers.lockHeaders(ex)));
        if (upload.checksumAlgorithm() != null) {
            ex.responseHeader(
                    "x-amz-checksum-algorithm", upload.checksumAlgorithm().name());
            ex.responseHeader(S3Headers.CHECKSUM_TYPE, upload.checksumType().name());
        }
        LifecycleHeaders.abort(ex, lifecycle.abortOf(ex.bucket(), ex.key(), upload.uploadId()));
        ex.xml(new InitiateMultipartUploadResultXml(ex.bucket(), ex.key(), upload.uploadId()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html */
    public void uploadPart(S3Exchange ex) {
        MultipartService.PartWritten part = multipart.uploadPart(
                ex.bucket(),
                ex.key(),
                ex.query("uploadId"),
                partNumber(ex),
                RequestPayloads.open(ex.body(), ex::header, ex.bodyCheck()));
        ex.responseHeader("ETag", S3Headers.quoted(part.etag()));
        if (part.algorithm() != null) {
            ex.responseHeader(S3Headers.CHECKSUM_PREFIX + part.algorithm().headerSuffix(), part.checksum());
        }
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html */
    public void uploadPartCopy(S3Exchange ex) {
        CopySource source = CopySource.parse(ex.header(S3Headers.COPY_SOURCE));
        MultipartService.PartWritten part = multipart.uploadPartCopy(new MultipartService.CopyPart(
                ex.bucket(),
                ex.key(),
                ex.query("uploadId"),
                partNumber(ex),
                source.bucket(),
                source.key(),
                source.versionId(),
                ex.conditions("x-amz-copy-source-"),
                S3Headers.parseRange(ex.header("x-amz-copy-source-range"))));
        if (part.sourceVersionId() != null) {
            ex.responseHeader(
                    S3Headers.COPY_SOURCE_VERSION_ID, part.sourceVersionId().value());
        }
        ex.xml(new CopyPartResultXml(
                S3Headers.quoted(part.etag()),
                XmlCodec.timestamp(part.lastModified()),
                ChecksumValuesXml.of(part.algorithm(), part.checksum())));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html */
    public void completeMultipartUpload(S3Exchange ex) {
        byte[] body = SmallPayloads.read(RequestPayloads.open(ex.body(), ex::header, ex.bodyCheck()), 4 << 20);
        CompleteMultipartUploadXml request = XmlCodec.read(body, CompleteMultipartUploadXml.class);
        List<MultipartService.CompletedPart> parts = request.parts() == null
                ? List.of()
                : request.parts().stream()
                        .map(p -> new MultipartService.CompletedPart(
                                p.partNumber() == null ? 0 : p.partNumber(), p.etag(), p.checksum()))
                        .toList();
        ObjectService.Written written = multipart.complete(ex.bucket(), ex.key(), ex.query("uploadId"), parts);
        if (written.versionId() != null) {
            ex.responseHeader(S3Headers.VERSION_ID, written.versionId().value());
        }
        LifecycleHeaders.expiration(ex, lifecycle.expiryOfCurrent(ex.bucket(), ex.key()));
        Checksum c = written.checksum();
        ex.xml(new CompleteMultipartUploadResultXml(
                "/" + ex.bucket() + "/" + ex.key(),
                ex.bucket(),
                ex.key(),
                S3Headers.quoted(written.etag()),
                ChecksumValuesXml.of(c.algorithm(), c.value()),
                c.type().name()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html */
    public void abortMultipartUpload(S3Exchange ex) {
        multipart.abort(ex.bucket(), ex.key(), ex.query("uploadId"));
        ex.empty(204);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html */
    public void listParts(S3Exchange ex) {
        int marker = ex.intQuery("part-number-marker", 0);
        int max = Math.min(ex.intQuery("max-parts", DEFAULT_PAGE), DEFAULT_PAGE);
        MultipartListingService.PartsPage page =
                listing.listParts(ex.bucket(), ex.key(), ex.query("uploadId"), marker, max);
        MultipartUpload u = page.upload();
        LifecycleHeaders.abort(ex, lifecycle.abortOf(ex.bucket(), ex.key(), u.uploadId()));
        ex.xml(new ListPartsResultXml(
                ex.bucket(),
                ex.key(),
                u.uploadId(),
                marker,
                page.nextMarker(),
                max,
                page.truncated(),
                page.parts().stream()
                        .map(p -> new ListPartsResultXml.PartXml(
                                p.partNumber(),
                                XmlCodec.timestamp(p.lastModified()),
                                S3Headers.quoted(p.etag()),
                                p.size(),
                                ChecksumValuesXml.of(
                                        u.checksumAlgorithm(),
                                        u.checksumAlgorithm() == null ? null : p.checksumValue())))
                        .toList(),
                owner,
                owner,
                ObjectVersion.STORAGE_CLASS,
                u.checksumAlgorithm() == null ? null : u.checksumAlgorithm().name(),
                u.checksumType() == null ? null : u.checksumType().name()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html */
    public void listMultipartUploads(S3Exchange ex) {
        int max = Math.min(ex.intQuery("max-uploads", DEFAULT_PAGE), DEFAULT_PAGE);
        MultipartListingService.UploadsPage page = listing.listUploads(
                ex.bucket(),
                ex.query("prefix"),
                ex.query("delimiter"),
                ex.query("key-marker"),
                ex.query("upload-id-marker"),
                max);
        ex.xml(new ListMultipartUploadsResultXml(
                ex.bucket(),
                WireFormats.orEmpty(ex.query("key-marker")),
                WireFormats.orEmpty(ex.query("upload-id-marker")),
                page.nextKeyMarker(),
                page.nextUploadIdMarker(),
                ex.query("delimiter"),
                WireFormats.orEmpty(ex.query("prefix")),
                max,
                page.truncated(),
                page.uploads().stream()
                        .map(u -> new ListMultipartUploadsResultXml.UploadXml(
                                u.key(),
                                u.uploadId(),
                                owner,
                                owner,
                                ObjectVersion.STORAGE_CLASS,
                                XmlCodec.timestamp(u.initiated()),
                                u.checksumAlgorithm() == null
                                        ? null
                                        : u.checksumAlgorithm().name(),
                                u.checksumType() == null
                                        ? null
                                        : u.checksumType().name()))
                        .toList(),
                page.commonPrefixes().stream().map(CommonPrefixXml::new).toList(),
                null));
    }

    private static int partNumber(S3Exchange ex) {
        return ex.intQuery("partNumber", -1);
    }

    private static ChecksumAlgorithm parseAlgorithm(String header) {
        if (header == null) {
            return null;
        }
        return ChecksumAlgorithm.fromName(header)
                .orElseThrow(() -> S3Exception.invalidRequest(
                        "Checksum algorithm provided is unsupported. Please try again with any of the valid types: "
                                + "[CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"));
    }

    private static Checksum.ChecksumType parseType(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Checksum.ChecksumType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidRequest("Value for x-amz-checksum-type header is invalid.");
        }
    }
}
