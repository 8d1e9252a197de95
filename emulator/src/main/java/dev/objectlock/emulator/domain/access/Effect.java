package dev.objectlock.emulator.domain.access;

/** A statement's Effect, written exactly {@code Allow} or {@code Deny} ([P53, P.10] "Invalid effect"). */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String written;

    Effect(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    /** The effect spelled {@code text}, or null: AWS refuses {@code allow} as it refuses {@code hello}. */
    static Effect parse(String text) {
        for (Effect e : values()) {
            if (e.written.equals(text)) {
                return e;
            }
        }
        return null;
    }
}
