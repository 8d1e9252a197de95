package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Grant;
import java.util.List;

/**
 * {@code <AccessControlPolicy>}: the PutBucketAcl and PutObjectAcl body, and the GetBucketAcl and
 * GetObjectAcl response. A {@code <Grantee>} names its kind in an {@code xsi:type} attribute; the SDKs
 * read that attribute by its literal {@code xsi} prefix, so it is written so, with its declaration.
 */
@JacksonXmlRootElement(localName = "AccessControlPolicy", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessControlPolicyXml(
        @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
        @JacksonXmlProperty(localName = "AccessControlList") AccessControlListXml accessControlList) {

    static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccessControlListXml(
            @JacksonXmlProperty(localName = "Grant") List<GrantXml> grants) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GrantXml(
            @JacksonXmlProperty(localName = "Grantee") GranteeXml grantee,
            @JacksonXmlProperty(localName = "Permission") String permission) {}

    /** Attributes are read by their local name ({@code type}), whatever their prefix. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GranteeXml(
            @JacksonXmlProperty(isAttribute = true, localName = "xmlns:xsi")
            String xsiDeclaration,

            @JsonAlias("type") @JacksonXmlProperty(isAttribute = true, localName = "xsi:type")
            String type,

            @JacksonXmlProperty(localName = "ID") String id,
            @JacksonXmlProperty(localName = "URI") String uri,
            @JacksonXmlProperty(localName = "EmailAddress") String emailAddress,
            @JacksonXmlProperty(localName = "DisplayName") String displayName) {}

    /** The response document for {@code acl}, owned by {@code ownerId}. */
    public static AccessControlPolicyXml of(String ownerId, AccessControlList acl) {
        List<GrantXml> grants = acl.grants().stream()
                .map(g -> new GrantXml(grantee(g.grantee()), g.permission().name()))
                .toList();
        return new AccessControlPolicyXml(new OwnerXml(ownerId, null), new AccessControlListXml(grants));
    }

    private static GranteeXml grantee(Grant.Grantee grantee) {
        String value = grantee.value();
        return switch (grantee.type()) {
            case CANONICAL_USER -> new GranteeXml(XSI_NAMESPACE, grantee.type().wireName(), value, null, null, null);
            case GROUP -> new GranteeXml(XSI_NAMESPACE, grantee.type().wireName(), null, value, null, null);
            case EMAIL -> new GranteeXml(XSI_NAMESPACE, grantee.type().wireName(), null, null, value, null);
        };
    }

    /**
     * The document as a request states it; {@code complete} is false where a required element is
     * missing (MalformedACLError), the values themselves are judged by the rules.
     */
    public AclRequest.Document toDocument() {
        List<GrantXml> grants = accessControlList == null || accessControlList.grants() == null
                ? List.of()
                : accessControlList.grants();
        boolean complete = accessControlList != null
                && grants.stream().allMatch(g -> g.grantee() != null && g.permission() != null);
        return new AclRequest.Document(
                owner == null ? null : owner.id(),
                grants.stream()
                        .filter(g -> g.grantee() != null)
                        .map(g -> new AclRequest.DocumentGrant(
                                g.grantee().type(),
                                g.grantee().id(),
                                g.grantee().uri(),
                                g.grantee().emailAddress(),
                                g.permission()))
                        .toList(),
                complete);
    }
}
