package dev.objectlock.emulator.batch.manifest;

import java.util.Optional;

/**
 * S3 ARNs as S3 Control jobs name buckets and objects: {@code arn:aws:s3:::bucket} and
 * {@code arn:aws:s3:::bucket/key}. The partition is whatever the request used; region and account
 * are empty for plain buckets, and access-point or Outposts ARNs are not supported here.
 */
public final class Arns {

    /** The bucket and key an object ARN names; the key exactly as written (ARNs are not URL-encoded). */
    public record ObjectArn(String bucket, String key) {}

    private Arns() {}

    /** The bucket name of {@code arn:<partition>:s3:::bucket}; empty for anything else. */
    public static Optional<String> bucket(String arn) {
        return resource(arn).filter(r -> !r.isEmpty() && r.indexOf('/') < 0);
    }

    /** The bucket and key of {@code arn:<partition>:s3:::bucket/key}; empty for anything else. */
    public static Optional<ObjectArn> object(String arn) {
        return resource(arn).flatMap(r -> {
            int slash = r.indexOf('/');
            if (slash <= 0 || slash == r.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new ObjectArn(r.substring(0, slash), r.substring(slash + 1)));
        });
    }

    /** The resource part after {@code arn:<partition>:s3:::}. */
    private static Optional<String> resource(String arn) {
        if (arn == null) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        if (parts.length != 6
                || !parts[0].equals("arn")
                || parts[1].isEmpty()
                || !parts[2].equals("s3")
                || !parts[3].isEmpty()
                || !parts[4].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts[5]);
    }
}
