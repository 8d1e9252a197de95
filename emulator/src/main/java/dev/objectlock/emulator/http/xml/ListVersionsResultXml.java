package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.io.IOException;
import java.util.List;

/**
 * ListObjectVersions response. {@code Version} and {@code DeleteMarker} entries are flattened and
 * kept in listing order in one list ({@link EntryXml} is either), as AWS interleaves them; a
 * plain bean serializer cannot name list elements by their type, hence {@link Serializer}.
 */
@JacksonXmlRootElement(localName = "ListVersionsResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonSerialize(using = ListVersionsResultXml.Serializer.class)
public record ListVersionsResultXml(
        @JacksonXmlProperty(localName = "Name") String name,
        @JacksonXmlProperty(localName = "Prefix") String prefix,
        @JacksonXmlProperty(localName = "KeyMarker") String keyMarker,
        @JacksonXmlProperty(localName = "VersionIdMarker") String versionIdMarker,
        @JacksonXmlProperty(localName = "NextKeyMarker") String nextKeyMarker,

        @JacksonXmlProperty(localName = "NextVersionIdMarker")
        String nextVersionIdMarker,

        @JacksonXmlProperty(localName = "MaxKeys") int maxKeys,
        @JacksonXmlProperty(localName = "Delimiter") String delimiter,
        @JacksonXmlProperty(localName = "EncodingType") String encodingType,
        @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
        List<EntryXml> entries,
        @JacksonXmlProperty(localName = "CommonPrefixes") List<CommonPrefixXml> commonPrefixes) {

    /** Writes the elements in AWS order, leaving out absent ones, entries named by their kind. */
    static final class Serializer extends StdSerializer<ListVersionsResultXml> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ListVersionsResultXml.class);
        }

        @Override
        public void serialize(ListVersionsResultXml r, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("Name", r.name());
            gen.writeStringField("Prefix", nullToEmpty(r.prefix()));
            gen.writeStringField("KeyMarker", nullToEmpty(r.keyMarker()));
            gen.writeStringField("VersionIdMarker", nullToEmpty(r.versionIdMarker()));
            optional(gen, "NextKeyMarker", r.nextKeyMarker());
            optional(gen, "NextVersionIdMarker", r.nextVersionIdMarker());
            gen.writeNumberField("MaxKeys", r.maxKeys());
            optional(gen, "Delimiter", r.delimiter());
            optional(gen, "EncodingType", r.encodingType());
            gen.writeBooleanField("IsTruncated", r.truncated());
            for (EntryXml entry : r.entries()) {
                gen.writeFieldName(entry instanceof VersionXml ? "Version" : "DeleteMarker");
                provider.defaultSerializeValue(entry, gen);
            }
            for (CommonPrefixXml prefix : r.commonPrefixes()) {
                gen.writeFieldName("CommonPrefixes");
                provider.defaultSerializeValue(prefix, gen);
            }
            gen.writeEndObject();
        }

        private static void optional(JsonGenerator gen, String name, String value) throws IOException {
            if (value != null) {
                gen.writeStringField(name, value);
            }
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** A {@code <Version>} or a {@code <DeleteMarker>}; the serializer names the element by kind. */
    public sealed interface EntryXml permits VersionXml, DeleteMarkerXml {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "Key",
        "VersionId",
        "IsLatest",
        "LastModified",
        "ETag",
        "Size",
        "Owner",
        "StorageClass",
        "ChecksumAlgorithm",
        "ChecksumType"
    })
    public record VersionXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") String versionId,
            @JacksonXmlProperty(localName = "IsLatest") boolean latest,
            @JacksonXmlProperty(localName = "LastModified") String lastModified,
            @JacksonXmlProperty(localName = "ETag") String etag,
            @JacksonXmlProperty(localName = "Size") long size,
            @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
            @JacksonXmlProperty(localName = "StorageClass") String storageClass,

            @JacksonXmlProperty(localName = "ChecksumAlgorithm")
            String checksumAlgorithm,

            @JacksonXmlProperty(localName = "ChecksumType") String checksumType)
            implements EntryXml {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Key", "VersionId", "IsLatest", "LastModified", "Owner"})
    public record DeleteMarkerXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") String versionId,
            @JacksonXmlProperty(localName = "IsLatest") boolean latest,
            @JacksonXmlProperty(localName = "LastModified") String lastModified,
            @JacksonXmlProperty(localName = "Owner") OwnerXml owner)
            implements EntryXml {}
}
