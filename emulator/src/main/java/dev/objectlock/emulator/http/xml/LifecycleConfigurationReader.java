package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlTrees.all;
import static dev.objectlock.emulator.http.xml.XmlTrees.integer;
import static dev.objectlock.emulator.http.xml.XmlTrees.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Expiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Filter;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.NoncurrentExpiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Transition;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PutBucketLifecycleConfiguration body into the domain's configuration. Only the shape is
 * judged here (MalformedXML for what the schema refuses, [E91]); values are the rules' business.
 */
public final class LifecycleConfigurationReader {

    private LifecycleConfigurationReader() {}

    /** {@code transitionMinimum}: the {@code x-amz-transition-default-minimum-object-size} header, null when absent. */
    public static LifecycleConfiguration read(byte[] body, String transitionMinimum) {
        JsonNode root = XmlTrees.root(body);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : all(root.get("Rule"))) {
            rules.add(rule(rule));
        }
        return new LifecycleConfiguration(rules, transitionMinimum);
    }

    private static Rule rule(JsonNode node) {
        if (!node.isObject()) {
            throw S3Exception.malformedXml();
        }
        JsonNode filter = node.get("Filter");
        JsonNode prefix = node.get("Prefix");
        if (filter != null && prefix != null) {
            throw S3Exception.malformedXml();
        }
        Filter parsed = filter != null
                ? filter(filter)
                : prefix != null ? new Filter(true, false, text(prefix), List.of(), null, null) : null;
        JsonNode exp = node.get("Expiration");
        JsonNode nce = node.get("NoncurrentVersionExpiration");
        JsonNode abort = node.get("AbortIncompleteMultipartUpload");
        List<Transition> transitions = new ArrayList<>();
        for (JsonNode t : all(node.get("Transition"))) {
            transitions.add(
                    new Transition(integer(t.get("Days")), date(t.get("Date")), text(t.get("StorageClass")), null));
        }
        List<Transition> noncurrent = new ArrayList<>();
        for (JsonNode t : all(node.get("NoncurrentVersionTransition"))) {
            noncurrent.add(new Transition(
                    integer(t.get("NoncurrentDays")),
                    null,
                    text(t.get("StorageClass")),
                    integer(t.get("NewerNoncurrentVersions"))));
        }
        return new Rule(
                text(node.get("ID")),
                text(node.get("Status")),
                parsed,
                exp == null
                        ? null
                        : new Expiration(
                                integer(exp.get("Days")),
                                date(exp.get("Date")),
                                bool(exp.get("ExpiredObjectDeleteMarker"))),
                nce == null
                        ? null
                        : new NoncurrentExpiration(
                                integer(nce.get("NoncurrentDays")), integer(nce.get("NewerNoncurrentVersions"))),
                abort == null ? null : required(integer(abort.get("DaysAfterInitiation"))),
                transitions,
                noncurrent);
    }

    /** A Filter holds at most one condition, or an And of several [E91]. */
    private static Filter filter(JsonNode node) {
        if (!node.isObject()) {
            return Filter.everything();
        }
        int conditions = node.size();
        if (conditions > 1) {
            throw S3Exception.malformedXml();
        }
        JsonNode and = node.get("And");
        JsonNode scope = and != null ? and : node;
        if (and != null && !and.isObject()) {
            throw S3Exception.malformedXml();
        }
        List<Tag> tags = new ArrayList<>();
        for (JsonNode tag : all(scope.get("Tag"))) {
            if (tag.get("Key") == null) {
                throw S3Exception.malformedXml();
            }
            tags.add(new Tag(text(tag.get("Key")), nullToEmpty(text(tag.get("Value")))));
        }
        if (and == null && tags.size() > 1) {
            throw S3Exception.malformedXml();
        }
        return new Filter(
                false,
                and != null,
                scope.has("Prefix") ? nullToEmpty(text(scope.get("Prefix"))) : null,
                tags,
                longValue(scope.get("ObjectSizeGreaterThan")),
                longValue(scope.get("ObjectSizeLessThan")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Integer required(Integer value) {
        if (value == null) {
            throw S3Exception.malformedXml();
        }
        return value;
    }

    private static Long longValue(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw S3Exception.malformedXml();
        }
    }

    private static Boolean bool(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw S3Exception.malformedXml();
        };
    }

    /** An ISO 8601 date, with or without a time part; a time other than midnight is the rules' [E90]. */
    private static Instant date(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            String t = text.strip();
            return t.length() == 10 ? Instant.parse(t + "T00:00:00Z") : Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw S3Exception.invalidArgument("Invalid date", "Date", text);
            }
        }
    }
}
