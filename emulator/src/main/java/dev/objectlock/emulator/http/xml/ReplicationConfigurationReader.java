package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlTrees.all;
import static dev.objectlock.emulator.http.xml.XmlTrees.integer;
import static dev.objectlock.emulator.http.xml.XmlTrees.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination.Metrics;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination.ReplicationTime;
import dev.objectlock.emulator.domain.model.replication.ReplicationFilter;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule.SourceSelectionCriteria;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PutBucketReplication body into the domain's configuration. Only the shape is judged here
 * (MalformedXML for what the schema refuses, [E110]); the schema version, priorities and IDs are
 * {@code ReplicationRules}' business.
 */
public final class ReplicationConfigurationReader {

    private ReplicationConfigurationReader() {}

    public static ReplicationConfiguration read(byte[] body) {
        JsonNode root = XmlTrees.root(body);
        String role = text(root.get("Role"));
        if (role == null) {
            throw S3Exception.malformedXml();
        }
        List<ReplicationRule> rules = new ArrayList<>();
        for (JsonNode rule : all(root.get("Rule"))) {
            rules.add(rule(rule));
        }
        return new ReplicationConfiguration(role, rules);
    }

    private static ReplicationRule rule(JsonNode node) {
        if (!node.isObject()) {
            throw S3Exception.malformedXml();
        }
        JsonNode filter = node.get("Filter");
        JsonNode prefix = node.get("Prefix");
        if ((filter == null) == (prefix == null)) {
            // exactly one of the two schemas' scopes [R111]
            throw S3Exception.malformedXml();
        }
        JsonNode markers = node.get("DeleteMarkerReplication");
        JsonNode existing = node.get("ExistingObjectReplication");
        return new ReplicationRule(
                text(node.get("ID")),
                integer(node.get("Priority")),
                filter != null ? filter(filter) : ReplicationFilter.legacy(nullToEmpty(text(prefix))),
                status(node.get("Status")),
                markers == null ? null : optionalStatus(markers.get("Status")),
                destination(node.get("Destination")),
                existing == null ? null : status(existing.get("Status")),
                criteria(node.get("SourceSelectionCriteria")));
    }

    /** A Filter holds one condition, or an And of several [R112]; an empty one takes everything. */
    private static ReplicationFilter filter(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return ReplicationFilter.everything();
        }
        if (node.size() > 1) {
            throw S3Exception.malformedXml();
        }
        JsonNode and = node.get("And");
        if (and != null && !and.isObject()) {
            throw S3Exception.malformedXml();
        }
        JsonNode scope = and != null ? and : node;
        List<Tag> tags = new ArrayList<>();
        for (JsonNode tag : all(scope.get("Tag"))) {
            if (text(tag.get("Key")) == null) {
                throw S3Exception.malformedXml();
            }
            tags.add(new Tag(text(tag.get("Key")), nullToEmpty(text(tag.get("Value")))));
        }
        if (and == null && tags.size() > 1) {
            throw S3Exception.malformedXml();
        }
        String prefix = scope.has("Prefix") ? nullToEmpty(text(scope.get("Prefix"))) : null;
        return new ReplicationFilter(false, and != null, prefix, tags);
    }

    private static ReplicationDestination destination(JsonNode node) {
        String bucket = node == null ? null : text(node.get("Bucket"));
        if (bucket == null) {
            throw S3Exception.malformedXml();
        }
        JsonNode acl = node.get("AccessControlTranslation");
        JsonNode encryption = node.get("EncryptionConfiguration");
        JsonNode time = node.get("ReplicationTime");
        JsonNode metrics = node.get("Metrics");
        return new ReplicationDestination(
                bucket,
                text(node.get("Account")),
                text(node.get("StorageClass")),
                acl == null ? null : required(text(acl.get("Owner"))),
                encryption == null ? null : text(encryption.get("ReplicaKmsKeyID")),
                time == null ? null : new ReplicationTime(status(time.get("Status")), minutes(time.get("Time"))),
                metrics == null
                        ? null
                        : new Metrics(status(metrics.get("Status")), minutes(metrics.get("EventThreshold"))));
    }

    private static SourceSelectionCriteria criteria(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode replica = node.get("ReplicaModifications");
        JsonNode kms = node.get("SseKmsEncryptedObjects");
        return new SourceSelectionCriteria(
                replica == null ? null : status(replica.get("Status")), kms == null ? null : status(kms.get("Status")));
    }

    private static Integer minutes(JsonNode node) {
        return node == null ? null : integer(node.get("Minutes"));
    }

    /** A required Status: Enabled or Disabled, anything else is outside the schema [E110]. */
    private static String status(JsonNode node) {
        String text = text(node);
        if (!ReplicationRule.ENABLED.equals(text) && !ReplicationRule.DISABLED.equals(text)) {
            throw S3Exception.malformedXml();
        }
        return text;
    }

    /** DeleteMarkerReplication's Status may be left out, which leaves markers where they are. */
    private static String optionalStatus(JsonNode node) {
        return node == null ? ReplicationRule.DISABLED : status(node);
    }

    private static String required(String value) {
        if (value == null) {
            throw S3Exception.malformedXml();
        }
        return value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
