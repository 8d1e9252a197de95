package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Size limits of what a write names (S3 User Guide, "Naming objects" and "Working with object
 * metadata"): a key is at most 1024 bytes of UTF-8, user metadata at most 2 KB in all.
 */
public final class ObjectKeyRules {

    public static final int MAX_KEY_BYTES = 1024;
    public static final int MAX_USER_METADATA_BYTES = 2048;

    private ObjectKeyRules() {}

    public static void checkKey(String key) {
        int size = key.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_KEY_BYTES) {
            throw S3Exception.of(S3ErrorCode.KEY_TOO_LONG)
                    .with("MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES))
                    .with("Size", Integer.toString(size));
        }
    }

    /** Counts each name and value in UTF-8 bytes, as the user guide measures the limit. */
    public static void checkUserMetadata(Map<String, String> metadata) {
        int size = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            size += e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (size > MAX_USER_METADATA_BYTES) {
            throw S3Exception.of(S3ErrorCode.METADATA_TOO_LARGE)
                    .with("Size", Integer.toString(size))
                    .with("MaxSizeAllowed", Integer.toString(MAX_USER_METADATA_BYTES));
        }
    }
}
