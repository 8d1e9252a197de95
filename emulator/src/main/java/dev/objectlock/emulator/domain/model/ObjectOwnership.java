package dev.objectlock.emulator.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A bucket's Object Ownership setting ([R80]). BucketOwnerEnforced, the default of every new bucket,
 * disables ACLs; the other two keep them.
 */
public enum ObjectOwnership {
    BUCKET_OWNER_ENFORCED("BucketOwnerEnforced"),
    BUCKET_OWNER_PREFERRED("BucketOwnerPreferred"),
    OBJECT_WRITER("ObjectWriter");

    private final String wireName;

    ObjectOwnership(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The setting of that exact wire name, if any. */
    public static Optional<ObjectOwnership> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }
}
