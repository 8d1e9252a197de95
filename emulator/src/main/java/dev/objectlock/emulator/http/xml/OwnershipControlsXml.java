package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** {@code <OwnershipControls>}: the PutBucketOwnershipControls body and the Get response, one {@code <Rule>}. */
@JacksonXmlRootElement(localName = "OwnershipControls", namespace = XmlCodec.S3_NAMESPACE)
public record OwnershipControlsXml(
        @JacksonXmlProperty(localName = "Rule") List<RuleXml> rules) {

    public record RuleXml(
            @JacksonXmlProperty(localName = "ObjectOwnership")
            String objectOwnership) {}

    public static OwnershipControlsXml of(String objectOwnership) {
        return new OwnershipControlsXml(List.of(new RuleXml(objectOwnership)));
    }

    /** Each rule's value as sent (null where a rule has none). */
    public List<String> values() {
        return rules == null
                ? List.of()
                : rules.stream().map(RuleXml::objectOwnership).toList();
    }
}
