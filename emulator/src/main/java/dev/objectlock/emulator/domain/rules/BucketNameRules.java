package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.List;
import java.util.regex.Pattern;

/**
 * General-purpose bucket naming rules (S3 User Guide, "Bucket naming rules"): 3 to 63 characters
 * of lower-case letters, digits, dots and hyphens; a letter or digit at each end; no two adjacent
 * dots; not shaped like an IP address; no reserved prefix or suffix.
 */
public final class BucketNameRules {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private BucketNameRules() {}

    public static boolean isValid(String name) {
        return name != null
                && SHAPE.matcher(name).matches()
                && !name.contains("..")
                && !IP_ADDRESS.matcher(name).matches()
                && RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
                && RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    public static void validate(String name) {
        if (!isValid(name)) {
            throw S3Exception.of(S3ErrorCode.INVALID_BUCKET_NAME).with("BucketName", name);
        }
    }
}
