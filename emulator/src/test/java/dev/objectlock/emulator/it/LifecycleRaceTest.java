package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectLockService.VersionRef;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import dev.objectlock.emulator.lifecycle.LifecycleReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;

/**
 * A lifecycle run racing a request that changes the same key [R94]: the request holds the bucket's
 * row lock in an open transaction while the run starts; the run must wait for it and then decide on
 * what the request committed, not on what it read before.
 */
class LifecycleRaceTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void startAtT0() {
        s3.emulator().clock().set(T0.plus(Duration.ofHours(10)));
    }

    private void rule(String bucket, LifecycleRule rule) {
        client.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(rule)));
    }

    private static LifecycleRule.Builder rule() {
        return LifecycleRule.builder().id("r").status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""));
    }

    @Test
    void legalHoldSetWhileTheRunStartsProtectsTheVersion() throws Exception {
        createLockBucket(client, "held");
        String older = put(client, "held", "k", "older");
        put(client, "held", "k", "newer");
        s3.emulator().clock().advance(Duration.ofDays(10));
        rule(
                "held",
                rule().noncurrentVersionExpiration(n -> n.noncurrentDays(1)).build());

        LifecycleReport report = runWhileHoldingTheBucket(() ->
                EmulatorInternals.objectLocks(s3.emulator()).putLegalHold(new VersionRef("held", "k", older), "ON"));

        assertThat(report.versionsExpired()).isZero();
        assertThat(report.skippedLocked()).isEqualTo(1);
        assertThat(versionExists(client, "held", older)).isTrue();
    }

    @Test
    void objectPutWhileTheRunStartsGetsNoDeleteMarker() throws Exception {
        createLockBucket(client, "fresh");
        put(client, "fresh", "k", "due");
        s3.emulator().clock().advance(Duration.ofDays(2));
        rule("fresh", rule().expiration(x -> x.days(1)).build());

        LifecycleReport report = runWhileHoldingTheBucket(() -> putInternally("fresh", "k", "just written"));

        assertThat(report.deleteMarkersAdded()).isZero();
        var listing = client.listObjectVersions(b -> b.bucket("fresh"));
        assertThat(listing.deleteMarkers()).isEmpty();
        assertThat(client.getObjectAsBytes(b -> b.bucket("fresh").key("k")).asUtf8String())
                .isEqualTo("just written");
    }

    /**
     * Does {@code change} in a transaction that stays open until a lifecycle run, started on another
     * thread meanwhile, waits for the bucket's lock; then commits and returns the run's report.
     */
    private static LifecycleReport runWhileHoldingTheBucket(Runnable change) throws Exception {
        CompletableFuture<LifecycleReport> run = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try {
                run.complete(s3.emulator().runLifecycle());
            } catch (Throwable e) {
                run.completeExceptionally(e);
            }
        });
        EmulatorInternals.transactions(s3.emulator()).inTransaction(() -> {
            change.run();
            runner.start();
            awaitBlocked(runner);
        });
        return run.get();
    }

    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the lifecycle run never waited for the bucket's lock");
    }

    private static void putInternally(String bucket, String key, String body) {
        EmulatorInternals.objects(s3.emulator())
                .put(new ObjectService.PutObject(
                        bucket,
                        key,
                        new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of()),
                        LockHeaders.NONE,
                        Payload.internal(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), null),
                        Conditions.none()));
    }
}
