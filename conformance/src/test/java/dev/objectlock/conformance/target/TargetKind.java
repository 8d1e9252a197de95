package dev.objectlock.conformance.target;

import java.util.Locale;

/** What the scenarios talk to, chosen with {@code -Dconformance.target=emulator|url|aws}. */
public enum TargetKind {
    /** An in-process emulator on 127.0.0.1, any free port, started once per test run (the default). */
    EMULATOR,
    /** An emulator that is already running, at {@code -Dconformance.url=http://host:port}. */
    URL,
    /** Real Amazon S3 in {@code -Dconformance.region}, with credentials from the SDK default chain. */
    AWS;

    static final String PROPERTY = "conformance.target";

    /** The kind named by the system property; unknown values fail fast rather than fall back. */
    public static TargetKind fromSystemProperties() {
        String raw = System.getProperty(PROPERTY, "emulator").trim();
        try {
            return valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + raw + " is not one of emulator, url, aws", e);
        }
    }
}
