package dev.objectlock.emulator.domain.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request's condition keys ([P.8, P51]): what only the caller knows, such as
 * {@code s3:object-lock-remaining-retention-days} computed on the emulator clock, {@code s3:prefix},
 * {@code aws:SourceIp} or {@code aws:CurrentTime}. A key may have several values ({@code aws:TagKeys});
 * an absent key and a key with no values are the same to every operator. The principal's own keys
 * ({@code aws:username}, {@code aws:userid}, ...) are not put here: the evaluator derives them from the
 * {@link Principal}, so a caller cannot forget or forge them.
 *
 * <p>Key names are case-insensitive (IAM User Guide, "Variables and tags": {@code aws:CurrentTime}
 * equals {@code AWS:currenttime}); values are kept as given.
 */
public final class ConditionContext {

    public static final ConditionContext EMPTY = new ConditionContext(Map.of());

    private final Map<String, List<String>> values;

    private ConditionContext(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder(new HashMap<>());
    }

    /** The values of {@code key} (any case), or null when the request does not have it. */
    public List<String> values(String key) {
        List<String> v = values.get(key.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v;
    }

    /** Same as {@link #values} for a key already in lower case: the evaluator's hot path. */
    List<String> lowerCaseValues(String lowerKey) {
        List<String> v = values.get(lowerKey);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A builder holding these keys, to add the ones a further action needs. */
    public Builder toBuilder() {
        return new Builder(new HashMap<>(values));
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects keys; a key set twice keeps the last values. */
    public static final class Builder {

        private final Map<String, List<String>> values;

        private Builder(Map<String, List<String>> values) {
            this.values = values;
        }

        /** A single-valued key; a null value leaves the key absent. */
        public Builder put(String key, String value) {
            String k = key.toLowerCase(Locale.ROOT);
            if (value == null) {
                values.remove(k);
            } else {
                values.put(k, List.of(value));
            }
            return this;
        }

        /** A multivalued key such as {@code aws:TagKeys}. */
        public Builder putAll(String key, Collection<String> keyValues) {
            values.put(key.toLowerCase(Locale.ROOT), List.copyOf(keyValues));
            return this;
        }

        public ConditionContext build() {
            return new ConditionContext(Map.copyOf(values));
        }
    }
}
