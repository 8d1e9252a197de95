package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Races between lock changes and removals ([B.7, R24, R27]: a protected version is never
 * removable, by any path; ARCHITECTURE.md: every protecting decision runs under one row lock). Flippers
 * write protected versions of one key and turn their legal hold (or GOVERNANCE retention) off and
 * on, while deleters hammer them with DeleteObject and DeleteObjects by version id, and attack
 * two never-released controls. Every call is timed on the client; {@link #checkTarget} proves from
 * those intervals alone that each removal could only have happened while the version was
 * unprotected. The checks hold for any interleaving, so a correct emulator cannot make this test
 * flake, however loaded the machine; rounds and flips stop after a few seconds.
 */
class LockConcurrencyTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final int HOLD_FLIPPERS = 4;
    private static final int RETENTION_FLIPPERS = 2;
    private static final int DELETERS = 4;
    private static final int ROUNDS = 6;
    private static final int FLIPS = 5;
    /** New rounds and flips stop after this; every call that is under way still completes and is checked. */
    private static final long RACE_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** A successful lock change (or the write that created the version locked): {@code on} = protected afterwards. */
    private record LockOp(String version, boolean on, long start, long end) {}

    /** A successful delete by version id (which S3 also reports for a version already gone). */
    private record Removal(String version, long start, long end) {}

    private final S3Client client = s3.client();
    private final Queue<LockOp> lockOps = new ConcurrentLinkedQueue<>();
    private final Queue<Removal> removals = new ConcurrentLinkedQueue<>();
    private final Queue<LockOp> goneSeen = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    /** Targets by version id: true for legal-hold targets, false for GOVERNANCE-retention targets. */
    private final Map<String, Boolean> targets = new ConcurrentHashMap<>();
    /** Each target's state after its flipper's last successful change (one flipper per target). */
    private final Map<String, Boolean> finalOn = new ConcurrentHashMap<>();

    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger flippersLeft = new AtomicInteger(HOLD_FLIPPERS + RETENTION_FLIPPERS);

    @Test
    @Timeout(60)
    void noVersionIsRemovedWhileProtected() throws Exception {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "race");
        String heldControl = LockSupport.putWithLegalHold(client, "race", "k", "held-control");
        String complianceControl = LockSupport.putWithRetention(
                client, "race", "k", "compliance-control", ObjectLockMode.COMPLIANCE, days(1));
        List<String> controls = List.of(heldControl, complianceControl);

        ExecutorService pool = Executors.newFixedThreadPool(HOLD_FLIPPERS + RETENTION_FLIPPERS + DELETERS);
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + RACE_NANOS;
        List<Future<?>> tasks = new ArrayList<>();
        for (int f = 0; f < HOLD_FLIPPERS + RETENTION_FLIPPERS; f++) {
            boolean legalHold = f < HOLD_FLIPPERS;
            tasks.add(pool.submit(() -> flipper(start, legalHold, deadline), null));
        }
        for (int d = 0; d < DELETERS; d++) {
            Random random = new Random(d);
            tasks.add(pool.submit(() -> deleter(start, random, controls), null));
        }
        long raceStart = System.nanoTime();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(45, TimeUnit.SECONDS))
                .as("threads finished")
                .isTrue();
        long raceEnd = System.nanoTime();
        for (Future<?> task : tasks) {
            task.get(); // rethrows a thread's transport error or failed assertion
        }

        assertThat(unexpected)
                .as("unexpected responses (5xx, wrong codes, transport errors)")
                .isEmpty();
        Set<String> present = new HashSet<>();
        client.listObjectVersions(b -> b.bucket("race")).versions().forEach(v -> present.add(v.versionId()));
        for (String v : targets.keySet()) {
            checkTarget(v, present.contains(v));
        }
        settleSurvivors(present);
        System.out.printf(
                "LockConcurrencyTest: %d targets, %d lock changes, %d successful deletes, %d refusals; "
                        + "race %d ms, checks %d ms%n",
                targets.size(),
                lockOps.size(),
                removals.size(),
                refusals.get(),
                (raceEnd - raceStart) / 1_000_000,
                (System.nanoTime() - raceEnd) / 1_000_000);
        assertThat(unexpected).as("unexpected responses after the race").isEmpty();
        List<ObjectVersion> left =
                client.listObjectVersions(b -> b.bucket("race")).versions();
        assertThat(left)
                .extracting(ObjectVersion::versionId)
                .as("both controls stay, through every attack")
                .contains(heldControl, complianceControl);
        assertThat(left).filteredOn(ObjectVersion::isLatest).hasSize(1);
        assertThat(client.getObjectLegalHold(b -> b.bucket("race").key("k").versionId(heldControl))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(client.getObjectRetention(b -> b.bucket("race").key("k").versionId(complianceControl))
                        .retention()
                        .retainUntilDate())
                .isEqualTo(days(1));
    }

    /**
     * After the race, deterministically: a target whose last change left it protected must still be
     * there and refuse a delete; one left unprotected must now be deletable.
     */
    private void settleSurvivors(Set<String> present) {
        for (String v : targets.keySet()) {
            if (!present.contains(v)) {
                assertThat(finalOn.get(v))
                        .as("%s was removed although its last change protected it", v)
                        .isFalse();
                continue;
            }
            boolean legalHold = targets.get(v);
            if (finalOn.get(v)) {
                S3Assertions.s3Error(
                        () -> client.deleteObject(b -> b.bucket("race")
                                .key("k")
                                .versionId(v)
                                .bypassGovernanceRetention(legalHold ? Boolean.TRUE : null)),
                        403,
                        "AccessDenied");
                assertThat(LockSupport.versionExists(client, "race", v)).isTrue();
            } else {
                client.deleteObject(b -> b.bucket("race").key("k").versionId(v));
            }
        }
    }

    /**
     * Sound checks on the client-side intervals of one target. In any linearization, the removal
     * r (a successful delete) sees the target unprotected, so the last successful lock change
     * before it is an "off" o*, and every lock change precedes r (later ones fail NoSuchVersion).
     */
    private void checkTarget(String v, boolean stillThere) {
        List<LockOp> ops = lockOps.stream().filter(o -> o.version().equals(v)).toList();
        List<Removal> dels =
                removals.stream().filter(d -> d.version().equals(v)).toList();
        if (stillThere) {
            // A success means "removed now or already gone"; the version never reappears.
            assertThat(dels)
                    .as("%s: a delete succeeded but the version is still there", v)
                    .isEmpty();
            return;
        }
        assertThat(dels).as("%s was removed, so some delete succeeded", v).isNotEmpty();
        List<LockOp> offs = ops.stream().filter(o -> !o.on()).toList();
        assertThat(offs)
                .as("%s was removed although it was never unprotected", v)
                .isNotEmpty();
        for (LockOp on : ops.stream().filter(LockOp::on).toList()) {
            assertThat(offs.stream().allMatch(off -> off.end() < on.start()))
                    .as("%s removed although a protecting change %s certainly followed every unprotecting one", v, on)
                    .isFalse();
        }
        for (Removal d : dels) {
            assertThat(offs.stream().anyMatch(off -> off.start() <= d.end()))
                    .as("%s: delete %s succeeded before any unprotecting change began", v, d)
                    .isTrue();
        }
        long lastRemovalEnd = dels.stream().mapToLong(Removal::end).max().orElseThrow();
        for (LockOp op : ops) {
            assertThat(op.start())
                    .as("%s: lock change %s succeeded after the version was removed", v, op)
                    .isLessThanOrEqualTo(lastRemovalEnd);
        }
        long firstRemovalStart = dels.stream().mapToLong(Removal::start).min().orElseThrow();
        for (LockOp gone : goneSeen.stream().filter(g -> g.version().equals(v)).toList()) {
            assertThat(gone.end())
                    .as("%s: NoSuchVersion before any delete began", v)
                    .isGreaterThanOrEqualTo(firstRemovalStart);
        }
    }

    /**
     * ROUNDS times: write a new protected version of "k", then turn it off and on up to FLIPS
     * times, ending off; a round ends early once a deleter has removed the version.
     */
    private void flipper(CountDownLatch start, boolean legalHold, long deadline) {
        await(start);
        try {
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                long t0 = System.nanoTime();
                String v = legalHold
                        ? LockSupport.putWithLegalHold(client, "race", "k", "target")
                        : LockSupport.putWithRetention(
                                client, "race", "k", "target", ObjectLockMode.GOVERNANCE, days(1));
                lockOps.add(new LockOp(v, true, t0, System.nanoTime()));
                finalOn.put(v, true);
                targets.put(v, legalHold);
                for (int i = 0; i < FLIPS && System.nanoTime() < deadline; i++) {
                    if (!change(v, legalHold, false) || i == FLIPS - 1 || !change(v, legalHold, true)) {
                        break;
                    }
                }
            }
        } finally {
            flippersLeft.decrementAndGet();
        }
    }

    /** One lock change; false once the version is gone. */
    private boolean change(String v, boolean legalHold, boolean on) {
        long t0 = System.nanoTime();
        try {
            if (legalHold) {
                client.putObjectLegalHold(b -> b.bucket("race")
                        .key("k")
                        .versionId(v)
                        .legalHold(h -> h.status(on ? ObjectLockLegalHoldStatus.ON : ObjectLockLegalHoldStatus.OFF)));
            } else if (on) {
                client.putObjectRetention(b -> b.bucket("race")
                        .key("k")
                        .versionId(v)
                        .retention(
                                r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(days(1))));
            } else {
                client.putObjectRetention(b -> b.bucket("race")
                        .key("k")
                        .versionId(v)
                        .retention(ObjectLockRetention.builder().build())
                        .bypassGovernanceRetention(true));
            }
            lockOps.add(new LockOp(v, on, t0, System.nanoTime()));
            finalOn.put(v, on);
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404
                    && "NoSuchVersion".equals(e.awsErrorDetails().errorCode())) {
                goneSeen.add(new LockOp(v, on, t0, System.nanoTime()));
                return false;
            }
            unexpected.add("lock change on " + v + ": " + e.statusCode() + " "
                    + e.awsErrorDetails().errorCode());
            return false;
        }
    }

    /**
     * While any flipper runs: DeleteObject by id, or DeleteObjects of one target plus both
     * controls, and now and then a DeleteObject of a control with bypass. Legal-hold targets are
     * attacked with bypass (which must not help), GOVERNANCE targets without (bypass would
     * legitimately remove them).
     */
    private void deleter(CountDownLatch start, Random random, List<String> controls) {
        await(start);
        for (int n = 0; flippersLeft.get() > 0; n++) {
            List<String> alive = targets.keySet().stream()
                    .filter(v -> !removed.contains(v))
                    .sorted()
                    .toList();
            if (alive.isEmpty()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // a new target is being written
                continue;
            }
            String v = alive.get(random.nextInt(alive.size()));
            boolean bypass = targets.get(v);
            if (n % 3 == 2) {
                deleteMany(v, bypass, controls);
            } else {
                deleteOne(v, bypass);
            }
            if (n % 10 == 9) {
                deleteOne(controls.get(random.nextInt(controls.size())), true);
            }
        }
    }

    private void deleteOne(String v, boolean bypass) {
        long t0 = System.nanoTime();
        try {
            client.deleteObject(b -> b.bucket("race").key("k").versionId(v).bypassGovernanceRetention(bypass));
            removals.add(new Removal(v, t0, System.nanoTime()));
            removed.add(v);
        } catch (S3Exception e) {
            if (e.statusCode() == 403
                    && "AccessDenied".equals(e.awsErrorDetails().errorCode())
                    && PROTECTED.equals(e.awsErrorDetails().errorMessage())) {
                refusals.incrementAndGet();
            } else {
                unexpected.add("DeleteObject " + v + ": " + e.statusCode() + " "
                        + e.awsErrorDetails().errorCode());
            }
        }
    }

    private void deleteMany(String v, boolean bypass, List<String> controls) {
        long t0 = System.nanoTime();
        DeleteObjectsResponse r;
        try {
            r = client.deleteObjects(b -> b.bucket("race")
                    .bypassGovernanceRetention(bypass)
                    .delete(d -> d.objects(id(v), id(controls.get(0)), id(controls.get(1)))));
        } catch (S3Exception e) {
            unexpected.add("DeleteObjects: " + e.statusCode() + " "
                    + e.awsErrorDetails().errorCode());
            return;
        }
        long t1 = System.nanoTime();
        r.deleted().forEach(d -> {
            if (d.versionId().equals(v)) {
                removals.add(new Removal(v, t0, t1));
                removed.add(v);
            } else {
                unexpected.add("DeleteObjects removed control version " + d.versionId());
            }
        });
        for (S3Error e : r.errors()) {
            if ("AccessDenied".equals(e.code()) && PROTECTED.equals(e.message())) {
                refusals.incrementAndGet();
            } else {
                unexpected.add("DeleteObjects error for " + e.versionId() + ": " + e.code() + " " + e.message());
            }
        }
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectIdentifier id(String versionId) {
        return ObjectIdentifier.builder().key("k").versionId(versionId).build();
    }
}
