package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** {@code @ClientRegion}: clients of other regions than the emulator's, for buckets of every region. */
class ClientRegionTest {

    @Test
    void clientsOfTwoRegionsEachReachTheirOwnBuckets() {
        EngineExecutionResults results = TestKit.run(TwoRegionsTestCases.class);

        assertThat(results.testEvents().failed().list()).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    }

    @Test
    void clientRegionOnAnotherTypeIsRefusedWithAMessage() {
        List<Throwable> failures = TestKit.run(WrongTypeTestCases.class).testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .orElseThrow())
                .toList();

        assertThat(failures)
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@ClientRegion(\"eu-west-1\") EmulatorCredentials: @ClientRegion applies to "
                        + "S3Client, S3AsyncClient and S3ControlClient");
    }

    @ExtendWith(ObjectLockEmulatorExtension.class)
    static class TwoRegionsTestCases {

        @Test
        void drBucketInEuWest1(
                S3Client east, @ClientRegion("eu-west-1") S3Client west, @ClientRegion("eu-west-1") S3ControlClient c) {
            east.createBucket(b -> b.bucket("ledger"));
            west.createBucket(b -> b.bucket("ledger-dr"));
            west.putObject(b -> b.bucket("ledger-dr").key("k"), RequestBody.fromString("x"));

            assertThat(west.headBucket(b -> b.bucket("ledger-dr")).bucketRegion())
                    .isEqualTo("eu-west-1");
            assertThat(east.headBucket(b -> b.bucket("ledger")).bucketRegion()).isEqualTo("us-east-1");
            assertThat(east.getBucketLocation(b -> b.bucket("ledger-dr")).locationConstraintAsString())
                    .isEqualTo("eu-west-1");
            assertThat(c.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
        }
    }

    @ExtendWith(ObjectLockEmulatorExtension.class)
    static class WrongTypeTestCases {

        @Test
        void credentialsHaveNoRegion(@ClientRegion("eu-west-1") EmulatorCredentials credentials) {}
    }
}
