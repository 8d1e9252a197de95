package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * PutObjectTagging request and GetObjectTagging response. {@code TagSet} is a record of its own
 * rather than a list wrapper, because Jackson XML cannot read wrapped lists into records
 * (jackson-dataformat-xml#517).
 */
@JacksonXmlRootElement(localName = "Tagging", namespace = XmlCodec.S3_NAMESPACE)
public record TaggingXml(
        @JacksonXmlProperty(localName = "TagSet") TagSetXml tagSet) {

    public static TaggingXml of(List<TagXml> tags) {
        return new TaggingXml(new TagSetXml(tags));
    }

    /** The tags, empty when the document had none. */
    public List<TagXml> tags() {
        return tagSet == null || tagSet.tags() == null ? List.of() : tagSet.tags();
    }

    public record TagSetXml(
            @JacksonXmlProperty(localName = "Tag") List<TagXml> tags) {}

    public record TagXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "Value") String value) {}
}
