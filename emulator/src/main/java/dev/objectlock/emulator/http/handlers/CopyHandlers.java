package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.LifecycleConfigurationService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.http.CopySource;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.xml.CopyObjectResultXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.util.Map;

/** CopyObject. */
public final class CopyHandlers {

    private final CopyService copies;
    private final LifecycleConfigurationService lifecycle;

    public CopyHandlers(CopyService copies, LifecycleConfigurationService lifecycle) {
        this.copies = copies;
        this.lifecycle = lifecycle;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html */
    public void copyObject(S3Exchange ex) {
        CopySource source = CopySource.parse(ex.header(S3Headers.COPY_SOURCE));
        boolean replaceMetadata = directive(ex, S3Headers.METADATA_DIRECTIVE, "Unknown metadata directive.");
        boolean replaceTags = directive(ex, S3Headers.TAGGING_DIRECTIVE, "Unknown tagging directive.");
        ObjectService.NewObject requested = ObjectHandlers.newObject(ex);
        Map<String, String> tags = replaceTags ? requested.tags() : null;
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.fromName(ex.header("x-amz-checksum-algorithm"))
                .orElse(null);
        CopyService.Copied copied = copies.copy(new CopyService.CopyObject(
                source.bucket(),
                source.key(),
                source.versionId(),
                ex.conditions("x-amz-copy-source-"),
                ex.bucket(),
                ex.key(),
                replaceMetadata ? requested : null,
                tags,
                algorithm,
                ObjectHandlers.lockHeaders(ex),
                ObjectHandlers.writeConditions(ex),
                requested.acl()));
        ObjectService.Written w = copied.written();
        ex.responseHeader(S3Headers.SERVER_SIDE_ENCRYPTION, S3Headers.SSE_S3);
        if (w.versionId() != null) {
            ex.responseHeader(S3Headers.VERSION_ID, w.versionId().value());
        }
        if (copied.sourceVersionId() != null) {
            ex.responseHeader(
                    S3Headers.COPY_SOURCE_VERSION_ID, copied.sourceVersionId().value());
        }
        LifecycleHeaders.expiration(ex, lifecycle.expiryOfCurrent(ex.bucket(), ex.key()));
        ex.xml(result(w.etag(), w.lastModified(), w.checksum()));
    }

    static CopyObjectResultXml result(String etag, java.time.Instant lastModified, Checksum c) {
        ChecksumAlgorithm a = c == null ? null : c.algorithm();
        String v = c == null ? null : c.value();
        return new CopyObjectResultXml(
                S3Headers.quoted(etag),
                XmlCodec.timestamp(lastModified),
                c == null ? null : c.type().name(),
                a == ChecksumAlgorithm.CRC32 ? v : null,
                a == ChecksumAlgorithm.CRC32C ? v : null,
                a == ChecksumAlgorithm.CRC64NVME ? v : null,
                a == ChecksumAlgorithm.SHA1 ? v : null,
                a == ChecksumAlgorithm.SHA256 ? v : null);
    }

    /** COPY (default) or REPLACE; anything else is InvalidArgument. */
    private static boolean directive(S3Exchange ex, String header, String message) {
        String value = ex.header(header);
        if (value == null || value.equals("COPY")) {
            return false;
        }
        if (value.equals("REPLACE")) {
            return true;
        }
        throw S3Exception.invalidArgument(message, header, value);
    }
}
