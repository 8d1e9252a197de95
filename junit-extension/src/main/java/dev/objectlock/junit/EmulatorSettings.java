package dev.objectlock.junit;

import dev.objectlock.emulator.EmulatorConfig;
import dev.objectlock.emulator.ObjectLockEmulator;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one extension registration asks for, checked before anything starts. Equal settings may
 * share an emulator (one class and its nested classes, or a whole JVM); different ones never do.
 *
 * @param startTime where the clock stands when each test starts; null = system time
 * @param identities the identities document the emulator starts with (secured mode), already
 *     checked ({@link IdentityDocument}); null = open mode
 * @param adminToken the token the emulator's admin API demands, and the extension's admin calls
 *     send; null = none
 */
record EmulatorSettings(
        EmulatorLifecycle lifecycle,
        String region,
        String accountId,
        Instant startTime,
        String identities,
        String adminToken) {

    static final EmulatorSettings DEFAULTS = new EmulatorSettings(
            EmulatorLifecycle.PER_CLASS,
            EmulatorConfig.DEFAULT_REGION,
            EmulatorConfig.DEFAULT_ACCOUNT_ID,
            null,
            null,
            null);

    /** Checks region and account id with the emulator's own rules. */
    EmulatorSettings {
        Objects.requireNonNull(lifecycle, "lifecycle");
        try {
            EmulatorConfig.builder()
                    .region(region)
                    .accountId(accountId)
                    .adminToken(adminToken)
                    .build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ExtensionConfigurationException("ObjectLockEmulatorExtension: " + e.getMessage(), e);
        }
    }

    static EmulatorSettings of(ObjectLockEmulatorTest annotation, Class<?> annotatedClass) {
        Instant start = null;
        if (!annotation.startTime().isEmpty()) {
            try {
                start = Instant.parse(annotation.startTime());
            } catch (DateTimeParseException e) {
                throw new ExtensionConfigurationException(
                        "@ObjectLockEmulatorTest(startTime = \""
                                + annotation.startTime() + "\") on " + annotatedClass.getName()
                                + ": not an ISO-8601 instant such as 2030-01-01T00:00:00Z",
                        e);
            }
        }
        String token = annotation.adminToken().isEmpty() ? null : annotation.adminToken();
        return new EmulatorSettings(
                annotation.lifecycle(), annotation.region(), annotation.accountId(), start, null, token);
    }

    /** These settings with the class's identities document (null: open mode). */
    EmulatorSettings withIdentities(String document) {
        return new EmulatorSettings(lifecycle, region, accountId, startTime, document, adminToken);
    }

    @Override
    public String toString() {
        // never the document's secrets nor the token, which JUnit may print in a failure
        return "EmulatorSettings[" + lifecycle + ", " + region + ", " + accountId + ", start " + startTime
                + (identities == null ? ", open mode" : ", secured mode") + (adminToken == null ? "" : ", admin token")
                + "]";
    }

    Optional<Instant> start() {
        return Optional.ofNullable(startTime);
    }

    /** A started emulator with these settings, its clock at the start time. */
    ObjectLockEmulator startEmulator() {
        ObjectLockEmulator.Builder builder =
                ObjectLockEmulator.builder().port(0).region(region).accountId(accountId);
        if (identities != null) {
            builder.identities(identities);
        }
        if (adminToken != null) {
            builder.adminToken(adminToken);
        }
        ObjectLockEmulator emulator = builder.build().start();
        rewindClock(emulator);
        return emulator;
    }

    /** Puts the clock where a test expects it to start. */
    void rewindClock(ObjectLockEmulator emulator) {
        if (startTime == null) {
            emulator.clock().useSystemTime();
        } else {
            emulator.clock().set(startTime);
        }
    }
}
