package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * The values of an Action/NotAction or Resource/NotResource element ([P54]): a value matches when
 * any pattern does, and the {@code Not} form matches everything except the listed items. Action
 * patterns are stored in lower case, since action names are case-insensitive; resource ARNs are not.
 */
public record PatternList(List<PolicyPattern> patterns, boolean negated) {

    public PatternList {
        patterns = List.copyOf(patterns);
    }

    boolean matches(String value, KeyLookup keys) {
        for (PolicyPattern p : patterns) {
            if (p.matches(value, keys)) {
                return !negated;
            }
        }
        return negated;
    }
}
