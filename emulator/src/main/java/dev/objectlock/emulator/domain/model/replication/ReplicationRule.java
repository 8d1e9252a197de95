package dev.objectlock.emulator.domain.model.replication;

/**
 * One replication rule ([R110]). {@code priority} is null when the rule did not give one (the V1
 * form); {@code deleteMarkerReplication}, {@code existingObjectReplication} and the criteria are
 * null when their element was absent, so GetBucketReplication returns what was sent.
 *
 * @param status "Enabled" or "Disabled"
 * @param deleteMarkerReplication the DeleteMarkerReplication Status, "Enabled" or "Disabled"
 * @param existingObjectReplication the ExistingObjectReplication Status, "Enabled" or "Disabled"
 */
public record ReplicationRule(
        String id,
        Integer priority,
        ReplicationFilter filter,
        String status,
        String deleteMarkerReplication,
        ReplicationDestination destination,
        String existingObjectReplication,
        SourceSelectionCriteria sourceSelectionCriteria) {

    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";

    public boolean enabled() {
        return ENABLED.equals(status);
    }

    /** The current schema: the rule has a Filter. Without one it is the V1 form ([R111]). */
    public boolean v2() {
        return !filter.legacyPrefix();
    }

    /**
     * Whether delete markers replicate under this rule ([R114]): a V2 rule only with
     * DeleteMarkerReplication Enabled; a V1 rule always, as AWS's backward compatibility keeps it.
     */
    public boolean replicatesDeleteMarkers() {
        return v2() ? ENABLED.equals(deleteMarkerReplication) : true;
    }

    /** The same rule with another ID: PutBucketReplication names a rule sent without one. */
    public ReplicationRule withId(String newId) {
        return new ReplicationRule(
                newId,
                priority,
                filter,
                status,
                deleteMarkerReplication,
                destination,
                existingObjectReplication,
                sourceSelectionCriteria);
    }

    /**
     * SourceSelectionCriteria: whether replica modifications and SSE-KMS-encrypted objects replicate,
     * each "Enabled", "Disabled" or null when absent. Recorded; the emulator has no SSE-KMS.
     */
    public record SourceSelectionCriteria(String replicaModifications, String sseKmsEncryptedObjects) {}
}
