package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.junit.EmulatorBucket.Mode;
import java.net.URI;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Misconfiguration fails fast, before any emulator starts where it can, with a message that says what to do. */
class MisuseTest {

    @Test
    void registeringTheExtensionTwiceFailsTheClass() {
        assertThat(failures(TestKit.run(RegisteredTwiceTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("registered more than once")
                .hasMessageContaining("either @ObjectLockEmulatorTest");
    }

    @Test
    void anInvalidRegionInTheAnnotationFailsTheClass() {
        assertThat(failures(TestKit.run(BadRegionTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("region must look like us-east-1, was Europe");
    }

    @Test
    void anInvalidStartTimeFailsTheClass() {
        assertThat(failures(TestKit.run(BadStartTimeTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("startTime = \"next monday\"")
                .hasMessageContaining("not an ISO-8601 instant");
    }

    @Test
    void anInvalidAccountIdFailsTheBuilder() {
        assertThatThrownBy(() ->
                        ObjectLockEmulatorExtension.builder().accountId("42").build())
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("account id must be 12 digits, was 42");
    }

    @Test
    void perMethodEmulatorsCannotBeInjectedIntoBeforeAll() {
        assertThat(failures(TestKit.run(PerMethodBeforeAllTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("Cannot inject URI")
                .hasMessageContaining("with EmulatorLifecycle.PER_METHOD each test gets its emulator when it starts");
    }

    @Test
    void perMethodEmulatorsCannotBeInjectedIntoTheConstructorInTheClassContext() {
        assertThat(failures(TestKit.run(PerMethodConstructorTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("Cannot inject ObjectLockEmulator")
                .hasMessageContaining("extensioncontextscope.default=test_method");
    }

    @Test
    void aConstructorEmulatorIsRefusedWhenTheTestsRunConcurrently() {
        assertThat(failures(TestKit.runConcurrently(ConcurrentConstructorTestCases.class)))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageContaining(
                                "may run concurrently with other tests, so it gets an emulator of its own"));
    }

    @Test
    void aRetentionPeriodWithoutAModeIsRefused() {
        assertThat(failures(TestKit.run(PeriodWithoutModeTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@EmulatorBucket(name = \"ledger\")")
                .hasMessageContaining("a retention period needs retentionMode GOVERNANCE or COMPLIANCE");
    }

    @Test
    void aModeNeedsExactlyOnePeriod() {
        assertThat(failures(TestKit.run(ModeWithTwoPeriodsTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("retentionMode COMPLIANCE needs exactly one of retentionDays or retentionYears");
    }

    @Test
    void aBucketNameDeclaredTwiceIsRefused() {
        assertThat(failures(TestKit.run(SameBucketTwiceTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@EmulatorBucket(name = \"ledger\") is declared more than once");
    }

    @Test
    void aBucketTheEmulatorRefusesFailsTheTestWithItsError() {
        assertThat(failures(TestKit.run(InvalidBucketNameTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("the emulator refused PUT /Not_A_Bucket with 400")
                .hasMessageContaining("InvalidBucketName");
    }

    private static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().executions().failed().stream()
                .map(e -> e.getTerminationInfo()
                        .getExecutionResult()
                        .getThrowable()
                        .orElseThrow())
                .toList();
    }

    @ObjectLockEmulatorTest
    static class RegisteredTwiceTestCases {
        @RegisterExtension
        static ObjectLockEmulatorExtension emulator =
                ObjectLockEmulatorExtension.builder().build();

        @Test
        void test(URI endpoint) {}
    }

    @ObjectLockEmulatorTest(region = "Europe")
    static class BadRegionTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest(startTime = "next monday")
    static class BadStartTimeTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodBeforeAllTestCases {
        @BeforeAll
        static void beforeAll(URI endpoint) {}

        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodConstructorTestCases {
        PerMethodConstructorTestCases(ObjectLockEmulator emulator) {}

        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    static class ConcurrentConstructorTestCases {
        ConcurrentConstructorTestCases(URI endpoint) {}

        @Test
        void one() {}

        @Test
        void two() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorBucket(name = "ledger", retentionDays = 3)
    static class PeriodWithoutModeTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorBucket(name = "ledger", retentionMode = Mode.COMPLIANCE, retentionDays = 3, retentionYears = 1)
    static class ModeWithTwoPeriodsTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorBucket(name = "ledger")
    static class SameBucketTwiceTestCases {
        @Test
        @EmulatorBucket(name = "ledger", objectLock = true)
        void test() {}
    }

    @ObjectLockEmulatorTest
    static class InvalidBucketNameTestCases {
        @Test
        @EmulatorBucket(name = "Not_A_Bucket")
        void test() {}
    }
}
