package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.xml.ChecksumValuesXml;
import dev.objectlock.emulator.http.xml.GetObjectAttributesResponseXml;
import java.util.EnumSet;
import java.util.Set;

/** GetObjectAttributes. */
public final class ObjectAttributesHandlers {

    private static final String ATTRIBUTES_HEADER = "x-amz-object-attributes";

    /** The attribute names the {@code x-amz-object-attributes} header may list (botocore s3 model, ObjectAttributes). */
    private enum Attribute {
        ETag,
        Checksum,
        ObjectParts,
        StorageClass,
        ObjectSize
    }

    private final ObjectService objects;

    public ObjectAttributesHandlers(ObjectService objects) {
        this.objects = objects;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html */
    public void getObjectAttributes(S3Exchange ex) {
        Set<Attribute> wanted = attributes(ex.header(ATTRIBUTES_HEADER));
        ObjectService.VersionRead read = objects.head(ex.bucket(), ex.key(), ex.query("versionId"));
        ObjectVersion v = read.version();
        ex.responseHeader("Last-Modified", S3Headers.httpDate(v.lastModified()));
        if (read.announceVersionId()) {
            ex.responseHeader(S3Headers.VERSION_ID, v.versionId().value());
        }
        Checksum c = v.checksum();
        ex.xml(new GetObjectAttributesResponseXml(
                wanted.contains(Attribute.ETag) ? v.etag() : null,
                wanted.contains(Attribute.Checksum) && c != null
                        ? new GetObjectAttributesResponseXml.ChecksumXml(
                                ChecksumValuesXml.of(c.algorithm(), c.value()),
                                c.type().name())
                        : null,
                wanted.contains(Attribute.ObjectParts) && v.partsCount() != null
                        ? new GetObjectAttributesResponseXml.ObjectPartsXml(v.partsCount())
                        : null,
                wanted.contains(Attribute.StorageClass) ? ObjectVersion.STORAGE_CLASS : null,
                wanted.contains(Attribute.ObjectSize) ? v.size() : null));
    }

    private static Set<Attribute> attributes(String header) {
        if (header == null || header.isBlank()) {
            throw invalid(header);
        }
        Set<Attribute> wanted = EnumSet.noneOf(Attribute.class);
        for (String name : header.split(",")) {
            try {
                wanted.add(Attribute.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw invalid(header);
            }
        }
        return wanted;
    }

    private static S3Exception invalid(String header) {
        return S3Exception.invalidArgument("Invalid attribute name specified.", ATTRIBUTES_HEADER, header);
    }
}
