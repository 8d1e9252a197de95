package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination;
import dev.objectlock.emulator.domain.model.replication.ReplicationFilter;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import java.util.List;

/**
 * GetBucketReplication response ([R110]): the configuration as it was put, each rule with its ID;
 * the request is read by {@link ReplicationConfigurationReader}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Role", "Rule"})
@JacksonXmlRootElement(localName = "ReplicationConfiguration", namespace = XmlCodec.S3_NAMESPACE)
public record ReplicationConfigurationXml(
        @JacksonXmlProperty(localName = "Role") String role,

        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Rule")
        List<RuleXml> rules) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "ID",
        "Priority",
        "Prefix",
        "Filter",
        "Status",
        "SourceSelectionCriteria",
        "ExistingObjectReplication",
        "Destination",
        "DeleteMarkerReplication"
    })
    public record RuleXml(
            @JacksonXmlProperty(localName = "ID") String id,
            @JacksonXmlProperty(localName = "Priority") Integer priority,
            @JacksonXmlProperty(localName = "Prefix") String prefix,
            @JacksonXmlProperty(localName = "Filter") FilterXml filter,
            @JacksonXmlProperty(localName = "Status") String status,

            @JacksonXmlProperty(localName = "SourceSelectionCriteria")
            CriteriaXml sourceSelectionCriteria,

            @JacksonXmlProperty(localName = "ExistingObjectReplication")
            StatusXml existingObjectReplication,

            @JacksonXmlProperty(localName = "Destination") DestinationXml destination,

            @JacksonXmlProperty(localName = "DeleteMarkerReplication")
            StatusXml deleteMarkerReplication) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Prefix", "Tag", "And"})
    public record FilterXml(
            @JacksonXmlProperty(localName = "Prefix") String prefix,
            @JacksonXmlProperty(localName = "Tag") TagXml tag,
            @JacksonXmlProperty(localName = "And") AndXml and) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Prefix", "Tag"})
    public record AndXml(
            @JacksonXmlProperty(localName = "Prefix") String prefix,

            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Tag")
            List<TagXml> tags) {}

    @JsonPropertyOrder({"Key", "Value"})
    public record TagXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "Value") String value) {}

    public record StatusXml(
            @JacksonXmlProperty(localName = "Status") String status) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"SseKmsEncryptedObjects", "ReplicaModifications"})
    public record CriteriaXml(
            @JacksonXmlProperty(localName = "SseKmsEncryptedObjects")
            StatusXml sseKmsEncryptedObjects,

            @JacksonXmlProperty(localName = "ReplicaModifications")
            StatusXml replicaModifications) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "Bucket",
        "Account",
        "StorageClass",
        "AccessControlTranslation",
        "EncryptionConfiguration",
        "ReplicationTime",
        "Metrics"
    })
    public record DestinationXml(
            @JacksonXmlProperty(localName = "Bucket") String bucket,
            @JacksonXmlProperty(localName = "Account") String account,
            @JacksonXmlProperty(localName = "StorageClass") String storageClass,

            @JacksonXmlProperty(localName = "AccessControlTranslation")
            OwnerXml accessControlTranslation,

            @JacksonXmlProperty(localName = "EncryptionConfiguration")
            KmsXml encryptionConfiguration,

            @JacksonXmlProperty(localName = "ReplicationTime")
            TimeXml replicationTime,

            @JacksonXmlProperty(localName = "Metrics") MetricsXml metrics) {}

    public record OwnerXml(
            @JacksonXmlProperty(localName = "Owner") String owner) {}

    public record KmsXml(
            @JacksonXmlProperty(localName = "ReplicaKmsKeyID")
            String replicaKmsKeyId) {}

    public record MinutesXml(
            @JacksonXmlProperty(localName = "Minutes") Integer minutes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Status", "Time"})
    public record TimeXml(
            @JacksonXmlProperty(localName = "Status") String status,
            @JacksonXmlProperty(localName = "Time") MinutesXml time) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Status", "EventThreshold"})
    public record MetricsXml(
            @JacksonXmlProperty(localName = "Status") String status,

            @JacksonXmlProperty(localName = "EventThreshold")
            MinutesXml eventThreshold) {}

    public static ReplicationConfigurationXml of(ReplicationConfiguration configuration) {
        return new ReplicationConfigurationXml(
                configuration.role(),
                configuration.rules().stream()
                        .map(ReplicationConfigurationXml::rule)
                        .toList());
    }

    private static RuleXml rule(ReplicationRule r) {
        var criteria = r.sourceSelectionCriteria();
        return new RuleXml(
                r.id(),
                r.priority(),
                r.v2() ? null : r.filter().prefixOrEmpty(),
                r.v2() ? filter(r.filter()) : null,
                r.status(),
                criteria == null
                        ? null
                        : new CriteriaXml(
                                status(criteria.sseKmsEncryptedObjects()), status(criteria.replicaModifications())),
                status(r.existingObjectReplication()),
                destination(r.destination()),
                status(r.deleteMarkerReplication()));
    }

    private static FilterXml filter(ReplicationFilter f) {
        List<TagXml> tags =
                f.tags().stream().map(t -> new TagXml(t.key(), t.value())).toList();
        if (f.and()) {
            return new FilterXml(null, null, new AndXml(f.prefix(), tags.isEmpty() ? null : tags));
        }
        return new FilterXml(f.prefix(), tags.isEmpty() ? null : tags.get(0), null);
    }

    private static DestinationXml destination(ReplicationDestination d) {
        var time = d.replicationTime();
        var metrics = d.metrics();
        return new DestinationXml(
                d.bucketArn(),
                d.account(),
                d.storageClass(),
                d.accessControlOwner() == null ? null : new OwnerXml(d.accessControlOwner()),
                d.replicaKmsKeyId() == null ? null : new KmsXml(d.replicaKmsKeyId()),
                time == null ? null : new TimeXml(time.status(), minutes(time.minutes())),
                metrics == null ? null : new MetricsXml(metrics.status(), minutes(metrics.eventThresholdMinutes())));
    }

    private static MinutesXml minutes(Integer minutes) {
        return minutes == null ? null : new MinutesXml(minutes);
    }

    private static StatusXml status(String status) {
        return status == null ? null : new StatusXml(status);
    }
}
