package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationFilter;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What PutBucketReplication accepts of the document itself ([R111], [R112], [E108]-[E114]), before
 * the buckets are looked at; checked rule by rule in document order, the first fault answered.
 */
public final class ReplicationRules {

    /** At most this many rules in one configuration [R110]. */
    public static final int MAX_RULES = 1000;

    /** A rule ID is at most this long [R110]. */
    public static final int MAX_ID_LENGTH = 255;

    private static final String SCHEMA =
            " of Cross Region Replication configuration schema. Please refer to S3 Developer Guide for more information.";

    private ReplicationRules() {}

    /**
     * The configuration as it is stored: validated, and each rule sent without an ID given one
     * ([R110]) from {@code newId}.
     */
    public static ReplicationConfiguration validate(ReplicationConfiguration configuration, Supplier<String> newId) {
        List<ReplicationRule> rules = configuration.rules();
        if (rules.isEmpty()) {
            throw S3Exception.malformedXml();
        }
        if (rules.size() > MAX_RULES) {
            // [E113] UNCERTAIN: the message; the limit is documented
            throw S3Exception.invalidRequest("Number of rules in replication configuration cannot exceed " + MAX_RULES);
        }
        // One rule without a Filter makes the whole document the V1 schema [R111].
        boolean v1 = rules.stream().anyMatch(r -> !r.v2());
        Set<String> ids = new HashSet<>();
        Set<Integer> priorities = new HashSet<>();
        List<ReplicationRule> out = new ArrayList<>();
        for (ReplicationRule sent : rules) {
            ReplicationRule rule = sent.id() == null || sent.id().isEmpty() ? sent.withId(newId.get()) : sent;
            checkSchema(rule, v1);
            if (rule.id().length() > MAX_ID_LENGTH) {
                // [E114] UNCERTAIN: the message
                throw S3Exception.invalidArgument("Rule Id cannot be greater than 255", "ID", rule.id());
            }
            if (!ids.add(rule.id())) {
                // [E114] UNCERTAIN: the message
                throw S3Exception.invalidArgument("Rule Id must be unique", "ID", rule.id());
            }
            if (rule.priority() != null && !priorities.add(rule.priority())) {
                // [E111] UNCERTAIN: the message
                throw S3Exception.invalidRequest("Found duplicate priority " + rule.priority() + ".");
            }
            if (ReplicationRule.ENABLED.equals(rule.deleteMarkerReplication())
                    && !rule.filter().tags().isEmpty()) {
                // [E112]
                throw S3Exception.invalidRequest(
                        "Delete marker replication is not supported if any Tag filter is specified."
                                + " Please refer to S3 Developer Guide for more information.");
            }
            out.add(rule);
        }
        if (v1) {
            checkPrefixesApart(out);
        }
        return new ReplicationConfiguration(configuration.role(), out);
    }

    /**
     * PutBucketVersioning: versioning cannot be suspended while the bucket has a replication
     * configuration ([R116], [E115]).
     */
    public static void checkVersioningChange(VersioningStatus requested, boolean replicationConfigured) {
        if (replicationConfigured && requested == VersioningStatus.SUSPENDED) {
            throw S3Exception.of(
                    S3ErrorCode.INVALID_BUCKET_STATE,
                    "A replication configuration is present on this bucket, so you cannot change the versioning"
                            + " state. To change the versioning state, first delete the replication configuration.");
        }
    }

    /** An ID for a rule sent without one: random, as AWS's are [R110]. */
    public static String randomId() {
        return Base64.getEncoder()
                .withoutPadding()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Priority and DeleteMarkerReplication belong to the V2 schema, where both are required [E108], [E109]. */
    private static void checkSchema(ReplicationRule rule, boolean v1) {
        if (v1) {
            if (rule.priority() != null) {
                throw S3Exception.invalidRequest("Priority cannot be used for this version" + SCHEMA);
            }
            if (rule.deleteMarkerReplication() != null) {
                throw S3Exception.invalidRequest("DeleteMarkerReplication cannot be used for this version" + SCHEMA);
            }
            return;
        }
        if (rule.deleteMarkerReplication() == null) {
            throw S3Exception.invalidRequest("DeleteMarkerReplication must be specified for this version" + SCHEMA);
        }
        if (rule.priority() == null) {
            throw S3Exception.invalidRequest("Priority must be specified for this version" + SCHEMA);
        }
    }

    /**
     * V1 rules carry no priority, so no two may take the same key: one prefix may not start another
     * [E111]. UNCERTAIN: the message.
     */
    private static void checkPrefixesApart(List<ReplicationRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                ReplicationFilter a = rules.get(i).filter();
                ReplicationFilter b = rules.get(j).filter();
                String pa = a.prefixOrEmpty();
                String pb = b.prefixOrEmpty();
                if (pa.startsWith(pb) || pb.startsWith(pa)) {
                    throw S3Exception.invalidRequest("Found overlapping prefixes '" + pa + "' and '" + pb + "'");
                }
            }
        }
    }
}
