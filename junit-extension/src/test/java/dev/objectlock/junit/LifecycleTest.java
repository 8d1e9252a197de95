package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** Which emulator each test gets under each lifecycle, and that every emulator is stopped in the end. */
class LifecycleTest {

    /** Every emulator a fixture test saw, in the order seen. */
    static final Queue<ObjectLockEmulator> SEEN = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @Test
    void perMethodStartsAnEmulatorForEachTestAndStopsIt() {
        TestKit.run(PerMethodTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(3).succeeded(3));

        assertThat(SEEN).hasSize(3).doesNotHaveDuplicates();
        assertThat(SEEN).allSatisfy(LifecycleTest::assertStopped);
    }

    @Test
    void perClassSharesOneEmulatorInAClassResetBeforeEachTestAndStopsItAfterTheClass() {
        TestKit.run(PerClassTestCases.class, OtherPerClassTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(6).succeeded(6));

        List<ObjectLockEmulator> seen = List.copyOf(SEEN);
        assertThat(seen.subList(0, 3)).containsOnly(seen.get(0));
        assertThat(seen.subList(3, 6)).containsOnly(seen.get(3));
        assertThat(seen.get(0)).isNotSameAs(seen.get(3));
        assertThat(seen).allSatisfy(LifecycleTest::assertStopped);
    }

    @Test
    void perJvmSharesOneEmulatorAcrossClassesAndStopsItWhenTheRunEnds() {
        TestKit.run(PerJvmTestCases.class, OtherPerJvmTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(6).succeeded(6));

        assertThat(SEEN).hasSize(6).containsOnly(SEEN.peek());
        assertStopped(SEEN.peek());
    }

    @Test
    void onJUnit512AndLaterConstructorsMayTakePerMethodEmulatorsWhenJUnitResolvesThemPerTest() {
        String jupiter = ExtensionContext.class.getPackage().getImplementationVersion();
        assumeTrue(
                !jupiter.startsWith("5.10.") && !jupiter.startsWith("5.11."), "needs JUnit 5.12+, runs on " + jupiter);

        TestKit.run(
                        Map.of(
                                "junit.jupiter.extensions.testinstantiation.extensioncontextscope.default",
                                "test_method"),
                        PerMethodConstructorTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    }

    private static void assertStopped(ObjectLockEmulator emulator) {
        assertThatThrownBy(emulator::endpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("not started");
    }

    /** Three tests that each leave a bucket behind and expect none when they start. */
    abstract static class ThreeTests {
        @Test
        void one(ObjectLockEmulator emulator, S3Client s3) {
            check(emulator, s3);
        }

        @Test
        void two(ObjectLockEmulator emulator, S3Client s3) {
            check(emulator, s3);
        }

        @Test
        void three(ObjectLockEmulator emulator, URI endpoint, S3Client s3) {
            assertThat(endpoint).isEqualTo(emulator.endpoint());
            check(emulator, s3);
        }

        private static void check(ObjectLockEmulator emulator, S3Client s3) {
            SEEN.add(emulator);
            assertThat(s3.listBuckets().buckets()).isEmpty();
            s3.createBucket(b -> b.bucket("left-behind"));
        }
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodTestCases extends ThreeTests {}

    @ObjectLockEmulatorTest
    static class PerClassTestCases extends ThreeTests {}

    static class OtherPerClassTestCases extends ThreeTests {
        @RegisterExtension
        static ObjectLockEmulatorExtension emulator = ObjectLockEmulatorExtension.builder()
                .lifecycle(EmulatorLifecycle.PER_CLASS)
                .build();
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    @EmulatorBucket(name = "fixture")
    static class PerMethodConstructorTestCases {
        private final ObjectLockEmulator fromConstructor;

        PerMethodConstructorTestCases(ObjectLockEmulator emulator) {
            this.fromConstructor = emulator;
        }

        @Test
        void one(ObjectLockEmulator emulator, S3Client s3) {
            assertThat(emulator).isSameAs(fromConstructor);
            assertThat(s3.listBuckets().buckets()).hasSize(1);
            SEEN.add(emulator);
        }

        @Test
        void two(ObjectLockEmulator emulator, S3Client s3) {
            assertThat(emulator).isSameAs(fromConstructor);
            assertThat(s3.listBuckets().buckets()).hasSize(1);
            SEEN.add(emulator);
        }
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_JVM)
    static class PerJvmTestCases extends ThreeTests {}

    static class OtherPerJvmTestCases extends ThreeTests {
        @RegisterExtension
        static ObjectLockEmulatorExtension emulator = ObjectLockEmulatorExtension.builder()
                .lifecycle(EmulatorLifecycle.PER_JVM)
                .build();
    }
}
