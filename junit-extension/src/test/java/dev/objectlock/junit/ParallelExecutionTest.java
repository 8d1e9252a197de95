package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Under JUnit's parallel execution every test that may run at the same time as another uses an
 * emulator no other running test touches. The fixture tests wait for each other at a barrier, so
 * they provably overlap; each then writes the same bucket name and expects to see only its own.
 */
class ParallelExecutionTest {

    static final Queue<ObjectLockEmulator> SEEN = new ConcurrentLinkedQueue<>();
    static volatile CyclicBarrier barrier;

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @Test
    void concurrentMethodsOfOneClassEachGetTheirOwnEmulator() {
        barrier = new CyclicBarrier(4);
        TestKit.runConcurrently(FourConcurrentTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));

        assertThat(SEEN).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void concurrentClassesWithSequentialMethodsEachGetOneEmulator() {
        barrier = new CyclicBarrier(2);
        TestKit.runClassesConcurrently(ClassATestCases.class, ClassBTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));

        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.stream().distinct()).hasSize(2);
    }

    @Test
    void concurrentClassesWithPerMethodLifecycleGetAnEmulatorPerTest() {
        barrier = new CyclicBarrier(2);
        TestKit.runClassesConcurrently(PerMethodATestCases.class, PerMethodBTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));

        assertThat(SEEN).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void perJvmEmulatorsAreNeverUsedByTwoClassesAtOnce() {
        barrier = new CyclicBarrier(2);
        TestKit.runClassesConcurrently(PerJvmATestCases.class, PerJvmBTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(4).succeeded(4));

        // each class keeps the one it borrowed for both its tests; the classes overlapped, so two
        assertThat(SEEN).hasSize(4).doesNotContainNull();
        assertThat(SEEN.stream().distinct()).hasSize(2);
    }

    @Test
    void nestedClassesRunConcurrentlyWithTheirEnclosingClass() {
        barrier = new CyclicBarrier(3);
        TestKit.runConcurrently(WithNestedTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(3).succeeded(3));

        assertThat(SEEN).hasSize(3).doesNotHaveDuplicates();
    }

    /** Waits until the others arrive, then checks it alone wrote to its emulator. */
    static void meetTheOthersThenWrite(ObjectLockEmulator emulator, S3Client s3)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        assertThat(s3.listBuckets().buckets()).isEmpty();
        barrier.await(30, TimeUnit.SECONDS);
        s3.createBucket(b -> b.bucket("same-name"));
        s3.putObject(
                b -> b.bucket("same-name").key(Thread.currentThread().getName()),
                software.amazon.awssdk.core.sync.RequestBody.fromString("mine"));
        assertThat(s3.listObjectsV2(b -> b.bucket("same-name")).contents()).hasSize(1);
        SEEN.add(emulator);
    }

    /** Records the emulator of the test; the barrier is met in @BeforeAll, once per class. */
    static void record(ObjectLockEmulator emulator, S3Client s3) {
        assertThat(s3.listBuckets().buckets()).isEmpty();
        s3.createBucket(b -> b.bucket("same-name"));
        SEEN.add(emulator);
    }

    @ObjectLockEmulatorTest
    static class FourConcurrentTestCases {
        @Test
        void a(ObjectLockEmulator e, S3Client s3) throws Exception {
            meetTheOthersThenWrite(e, s3);
        }

        @Test
        void b(ObjectLockEmulator e, S3Client s3) throws Exception {
            meetTheOthersThenWrite(e, s3);
        }

        @Test
        void c(ObjectLockEmulator e, S3Client s3) throws Exception {
            meetTheOthersThenWrite(e, s3);
        }

        @Test
        void d(ObjectLockEmulator e, S3Client s3) throws Exception {
            meetTheOthersThenWrite(e, s3);
        }
    }

    abstract static class TwoSequentialTests {
        @BeforeAll
        static void meetTheOtherClass() throws Exception {
            barrier.await(30, TimeUnit.SECONDS);
        }

        @Test
        void one(ObjectLockEmulator e, S3Client s3) {
            record(e, s3);
        }

        @Test
        void two(ObjectLockEmulator e, S3Client s3) {
            record(e, s3);
        }
    }

    @ObjectLockEmulatorTest
    static class ClassATestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest
    static class ClassBTestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodATestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodBTestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_JVM)
    static class PerJvmATestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_JVM)
    static class PerJvmBTestCases extends TwoSequentialTests {}

    @ObjectLockEmulatorTest
    static class WithNestedTestCases {
        @Test
        void outer(ObjectLockEmulator e, S3Client s3) throws Exception {
            meetTheOthersThenWrite(e, s3);
        }

        @Nested
        class Inner {
            @Test
            void inner(ObjectLockEmulator e, S3Client s3) throws Exception {
                meetTheOthersThenWrite(e, s3);
            }

            @Test
            void inner2(ObjectLockEmulator e, S3Client s3) throws Exception {
                meetTheOthersThenWrite(e, s3);
            }
        }
    }
}
