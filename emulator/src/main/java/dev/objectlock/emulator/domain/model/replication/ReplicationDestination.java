package dev.objectlock.emulator.domain.model.replication;

/**
 * Where a rule sends versions ([R110]). {@code bucketArn} as sent ({@code arn:aws:s3:::name});
 * the other fields are null when absent and are recorded only: the emulator has one storage class,
 * one account and no KMS.
 *
 * @param accessControlOwner AccessControlTranslation Owner ("Destination")
 */
public record ReplicationDestination(
        String bucketArn,
        String account,
        String storageClass,
        String accessControlOwner,
        String replicaKmsKeyId,
        ReplicationTime replicationTime,
        Metrics metrics) {

    public static final String ARN_PREFIX = "arn:aws:s3:::";

    public static ReplicationDestination of(String bucketName) {
        return new ReplicationDestination(ARN_PREFIX + bucketName, null, null, null, null, null, null);
    }

    /** The destination bucket's name: the ARN without its prefix. */
    public String bucket() {
        return bucketArn.startsWith(ARN_PREFIX) ? bucketArn.substring(ARN_PREFIX.length()) : bucketArn;
    }

    /** S3 Replication Time Control: Status and Time Minutes, accepted and returned. */
    public record ReplicationTime(String status, Integer minutes) {}

    /** Replication metrics: Status and EventThreshold Minutes, accepted and returned. */
    public record Metrics(String status, Integer eventThresholdMinutes) {}
}
