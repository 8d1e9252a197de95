package dev.objectlock.junit.nosdk;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.time.MutableClock;
import dev.objectlock.junit.BatchJobs;
import dev.objectlock.junit.EmulatorBucket;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a project without the AWS SDK uses: no SDK type anywhere in this class. */
@ObjectLockEmulatorTest
@EmulatorBucket(name = "ledger", retentionMode = EmulatorBucket.Mode.GOVERNANCE, retentionDays = 1)
public class WithoutSdkTestCases {

    @Test
    void endpointEmulatorClockAndBatchJobsAreInjected(
            URI endpoint, ObjectLockEmulator emulator, MutableClock clock, Clock sameClock, BatchJobs jobs)
            throws IOException {
        check(endpoint.equals(emulator.endpoint()), "endpoint");
        check(clock == sameClock && clock == emulator.clock(), "clock");
        check(jobs != null, "jobs");
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        check(
                Duration.between(Instant.parse("2030-01-01T00:00:00Z"), sameClock.instant())
                                .toMinutes()
                        < 1,
                "set");

        HttpURLConnection http =
                (HttpURLConnection) endpoint.resolve("/").toURL().openConnection();
        try (InputStream in = http.getInputStream()) {
            String buckets = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            check(buckets.contains("<Name>ledger</Name>"), "fixture bucket in " + buckets);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
