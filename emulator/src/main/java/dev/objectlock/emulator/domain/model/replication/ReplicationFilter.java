package dev.objectlock.emulator.domain.model.replication;

import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;
import java.util.Map;

/**
 * Which versions a rule takes ([R112]). {@code legacyPrefix}: the rule gave its prefix outside a
 * Filter (the V1 form); {@code and}: the conditions came in an {@code <And>}. A null prefix and no
 * tags take every key.
 */
public record ReplicationFilter(boolean legacyPrefix, boolean and, String prefix, List<Tag> tags) {

    public ReplicationFilter {
        tags = List.copyOf(tags);
    }

    /** The V1 form: a rule-level Prefix, possibly empty. */
    public static ReplicationFilter legacy(String prefix) {
        return new ReplicationFilter(true, false, prefix, List.of());
    }

    /** An empty {@code <Filter/>}: every version. */
    public static ReplicationFilter everything() {
        return new ReplicationFilter(false, false, null, List.of());
    }

    /** Every condition given must hold: the key starts with the prefix and carries each tag. */
    public boolean matches(String key, Map<String, String> objectTags) {
        if (prefix != null && !key.startsWith(prefix)) {
            return false;
        }
        for (Tag tag : tags) {
            if (!tag.value().equals(objectTags.get(tag.key()))) {
                return false;
            }
        }
        return true;
    }

    /** The prefix as a key range start: no prefix is the empty one. */
    public String prefixOrEmpty() {
        return prefix == null ? "" : prefix;
    }
}
