package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * An identities document that cannot be applied. Every fault is named by its JSON path, e.g.
 * {@code users[0].accessKeyId: missing}; nothing of the document is applied (issue 12: "Nothing
 * half-applied").
 */
public final class InvalidIdentitiesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public InvalidIdentitiesException(List<String> errors) {
        super("Invalid identities document: " + String.join("; ", errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** Each fault as {@code path: what is wrong}, in document order. */
    public List<String> errors() {
        return errors;
    }
}
