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
 */
record EmulatorSettings(EmulatorLifecycle lifecycle, String region, String accountId, Instant startTime) {

    static final EmulatorSettings DEFAULTS = new EmulatorSettings(
            EmulatorLifecycle.PER_CLASS, EmulatorConfig.DEFAULT_REGION, EmulatorConfig.DEFAULT_ACCOUNT_ID, null);

    /** Checks region and account id with the emulator's own rules. */
    EmulatorSettings {
        Objects.requireNonNull(lifecycle, "lifecycle");
        try {
            EmulatorConfig.builder().region(region).accountId(accountId).build();
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
        return new EmulatorSettings(annotation.lifecycle(), annotation.region(), annotation.accountId(), start);
    }

    Optional<Instant> start() {
        return Optional.ofNullable(startTime);
    }

    /** A started emulator with these settings, its clock at the start time. */
    ObjectLockEmulator startEmulator() {
        ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                .port(0)
                .region(region)
                .accountId(accountId)
                .build()
                .start();
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
