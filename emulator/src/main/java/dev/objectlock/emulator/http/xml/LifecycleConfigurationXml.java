package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Filter;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Transition;
import java.util.List;

/**
 * GetBucketLifecycleConfiguration response ([R90]); the request is read by
 * {@link LifecycleConfigurationReader}, since Jackson cannot read unwrapped lists into records.
 */
@JacksonXmlRootElement(localName = "LifecycleConfiguration", namespace = XmlCodec.S3_NAMESPACE)
public record LifecycleConfigurationXml(
        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Rule")
        List<RuleXml> rules) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "Expiration",
        "ID",
        "Filter",
        "Prefix",
        "Status",
        "Transition",
        "NoncurrentVersionTransition",
        "NoncurrentVersionExpiration",
        "AbortIncompleteMultipartUpload"
    })
    public record RuleXml(
            @JacksonXmlProperty(localName = "Expiration") ExpirationXml expiration,
            @JacksonXmlProperty(localName = "ID") String id,
            @JacksonXmlProperty(localName = "Filter") FilterXml filter,
            @JacksonXmlProperty(localName = "Prefix") String prefix,
            @JacksonXmlProperty(localName = "Status") String status,

            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Transition")
            List<TransitionXml> transitions,

            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "NoncurrentVersionTransition")
            List<NoncurrentTransitionXml> noncurrentTransitions,

            @JacksonXmlProperty(localName = "NoncurrentVersionExpiration")
            NoncurrentExpirationXml noncurrentExpiration,

            @JacksonXmlProperty(localName = "AbortIncompleteMultipartUpload")
            AbortXml abort) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Prefix", "Tag", "ObjectSizeGreaterThan", "ObjectSizeLessThan", "And"})
    public record FilterXml(
            @JacksonXmlProperty(localName = "Prefix") String prefix,
            @JacksonXmlProperty(localName = "Tag") TagXml tag,

            @JacksonXmlProperty(localName = "ObjectSizeGreaterThan")
            Long greaterThan,

            @JacksonXmlProperty(localName = "ObjectSizeLessThan")
            Long lessThan,

            @JacksonXmlProperty(localName = "And") AndXml and) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Prefix", "Tag", "ObjectSizeGreaterThan", "ObjectSizeLessThan"})
    public record AndXml(
            @JacksonXmlProperty(localName = "Prefix") String prefix,

            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Tag")
            List<TagXml> tags,

            @JacksonXmlProperty(localName = "ObjectSizeGreaterThan")
            Long greaterThan,

            @JacksonXmlProperty(localName = "ObjectSizeLessThan")
            Long lessThan) {}

    @JsonPropertyOrder({"Key", "Value"})
    public record TagXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "Value") String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Date", "Days", "ExpiredObjectDeleteMarker"})
    public record ExpirationXml(
            @JacksonXmlProperty(localName = "Date") String date,
            @JacksonXmlProperty(localName = "Days") Integer days,

            @JacksonXmlProperty(localName = "ExpiredObjectDeleteMarker")
            Boolean expiredObjectDeleteMarker) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Date", "Days", "StorageClass"})
    public record TransitionXml(
            @JacksonXmlProperty(localName = "Date") String date,
            @JacksonXmlProperty(localName = "Days") Integer days,
            @JacksonXmlProperty(localName = "StorageClass") String storageClass) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"NoncurrentDays", "StorageClass", "NewerNoncurrentVersions"})
    public record NoncurrentTransitionXml(
            @JacksonXmlProperty(localName = "NoncurrentDays")
            Integer days,

            @JacksonXmlProperty(localName = "StorageClass") String storageClass,

            @JacksonXmlProperty(localName = "NewerNoncurrentVersions")
            Integer newer) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"NoncurrentDays", "NewerNoncurrentVersions"})
    public record NoncurrentExpirationXml(
            @JacksonXmlProperty(localName = "NoncurrentDays")
            Integer days,

            @JacksonXmlProperty(localName = "NewerNoncurrentVersions")
            Integer newer) {}

    public record AbortXml(
            @JacksonXmlProperty(localName = "DaysAfterInitiation")
            Integer daysAfterInitiation) {}

    public static LifecycleConfigurationXml of(LifecycleConfiguration configuration) {
        return new LifecycleConfigurationXml(configuration.rules().stream()
                .map(LifecycleConfigurationXml::rule)
                .toList());
    }

    private static RuleXml rule(Rule r) {
        var e = r.expiration();
        var n = r.noncurrentExpiration();
        return new RuleXml(
                e == null
                        ? null
                        : new ExpirationXml(
                                e.date() == null ? null : XmlCodec.timestamp(e.date()),
                                e.days(),
                                e.expiredObjectDeleteMarker()),
                r.id(),
                r.filter().legacyPrefix() ? null : filter(r.filter()),
                r.filter().legacyPrefix() ? nullToEmpty(r.filter().prefix()) : null,
                r.status(),
                r.transitions().isEmpty()
                        ? null
                        : r.transitions().stream()
                                .map(t -> new TransitionXml(
                                        t.date() == null ? null : XmlCodec.timestamp(t.date()),
                                        t.days(),
                                        t.storageClass()))
                                .toList(),
                r.noncurrentTransitions().isEmpty()
                        ? null
                        : r.noncurrentTransitions().stream()
                                .map(LifecycleConfigurationXml::noncurrentTransition)
                                .toList(),
                n == null ? null : new NoncurrentExpirationXml(n.noncurrentDays(), n.newerNoncurrentVersions()),
                r.abortAfterDays() == null ? null : new AbortXml(r.abortAfterDays()));
    }

    private static NoncurrentTransitionXml noncurrentTransition(Transition t) {
        return new NoncurrentTransitionXml(t.days(), t.storageClass(), t.newerNoncurrentVersions());
    }

    private static FilterXml filter(Filter f) {
        List<TagXml> tags =
                f.tags().stream().map(t -> new TagXml(t.key(), t.value())).toList();
        if (f.and()) {
            return new FilterXml(
                    null,
                    null,
                    null,
                    null,
                    new AndXml(f.prefix(), tags.isEmpty() ? null : tags, f.sizeGreaterThan(), f.sizeLessThan()));
        }
        return new FilterXml(
                f.prefix(), tags.isEmpty() ? null : tags.get(0), f.sizeGreaterThan(), f.sizeLessThan(), null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
