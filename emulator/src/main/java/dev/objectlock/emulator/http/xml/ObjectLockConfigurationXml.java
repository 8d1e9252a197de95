package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlTrees.integer;
import static dev.objectlock.emulator.http.xml.XmlTrees.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;

/** Put/GetObjectLockConfiguration body ([B.2]). */
@JacksonXmlRootElement(localName = "ObjectLockConfiguration", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ObjectLockEnabled", "Rule"})
public record ObjectLockConfigurationXml(
        @JacksonXmlProperty(localName = "ObjectLockEnabled") String objectLockEnabled,
        @JacksonXmlProperty(localName = "Rule") RuleXml rule) {

    public record RuleXml(
            @JacksonXmlProperty(localName = "DefaultRetention")
            DefaultRetentionXml defaultRetention) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Mode", "Days", "Years"})
    public record DefaultRetentionXml(
            @JacksonXmlProperty(localName = "Mode") String mode,
            @JacksonXmlProperty(localName = "Days") Integer days,
            @JacksonXmlProperty(localName = "Years") Integer years) {}

    /**
     * Reads a request body into the fields the rules judge. The tree keeps an empty
     * {@code <Rule/>} apart from a missing one, which AWS treats differently ([R16]).
     */
    public static ObjectLockConfigurationRequest parse(byte[] body) {
        XmlCodec.checkShape(body, ObjectLockConfigurationXml.class);
        JsonNode root = XmlTrees.root(body);
        JsonNode rule = root.get("Rule");
        JsonNode retention = rule == null || !rule.isObject() ? null : rule.get("DefaultRetention");
        boolean hasRetention = retention != null && retention.isObject();
        return new ObjectLockConfigurationRequest(
                text(root.get("ObjectLockEnabled")),
                rule != null,
                hasRetention,
                hasRetention ? text(retention.get("Mode")) : null,
                hasRetention ? integer(retention.get("Days")) : null,
                hasRetention ? integer(retention.get("Years")) : null);
    }
}
