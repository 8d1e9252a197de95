package dev.objectlock.emulator.batch;

import java.util.Set;
import java.util.regex.Pattern;

/** Value sets the S3 Control model gives more than one job field (botocore-s3c shapes). */
public final class JobValues {

    /** {@code AccountId} and the expected-owner fields: twelve digits. */
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** {@code S3StorageClass}: a copy's StorageClass and the generator's MatchAnyStorageClass. */
    public static final Set<String> STORAGE_CLASSES = Set.of(
            "STANDARD", "STANDARD_IA", "ONEZONE_IA", "GLACIER", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR");

    private JobValues() {}

    public static boolean isAccountId(String value) {
        return value != null && ACCOUNT_ID.matcher(value).matches();
    }
}
