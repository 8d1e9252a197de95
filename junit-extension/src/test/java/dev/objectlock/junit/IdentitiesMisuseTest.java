package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.s3.S3Client;

/** Identities declared wrongly fail before the test runs, saying what is wrong and where. */
class IdentitiesMisuseTest {

    @Test
    void aResourceThatDoesNotExistFailsTheClassNamingIt() {
        assertThat(failures(TestKit.run(MissingResourceTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining(
                        "@EmulatorIdentities(\"no-such.json\") on " + MissingResourceTestCases.class.getName())
                .hasMessageContaining("no resource \"no-such.json\" on the test classpath");
    }

    @Test
    void aMalformedDocumentFailsTheClassNamingEachFaultByItsJsonPath() {
        assertThat(failures(TestKit.run(MalformedTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@EmulatorIdentities(\"identities/malformed.json\")")
                .hasMessageContaining("users[0].polices: unknown field")
                .hasMessageContaining("users[0].accessKeyId: missing");
    }

    @Test
    void aMalformedDocumentOnAMethodFailsThatTestOnly() {
        EngineExecutionResults results = TestKit.run(MalformedOnMethodTestCases.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(failures(results))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("on " + MalformedOnMethodTestCases.class.getName() + ".malformed()")
                .hasMessageContaining("users[0].accessKeyId: missing");
    }

    @Test
    void aMalformedDocumentInTheBuilderFailsAtBuild() {
        assertThatThrownBy(() -> ObjectLockEmulatorExtension.builder()
                        .identities("{\"users\": [{\"name\": \"app\"}], \"rolls\": []}")
                        .build())
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("ObjectLockEmulatorExtension.builder().identities(..)")
                .hasMessageContaining("rolls: unknown field")
                .hasMessageContaining("users[0].accessKeyId: missing");
        assertThatThrownBy(() -> ObjectLockEmulatorExtension.builder().identitiesResource("no-such.json"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("no resource \"no-such.json\"");
    }

    @Test
    void anUnknownNameFailsTheTestListingTheNamesThereAre() {
        assertThat(failures(TestKit.run(UnknownNameTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@Identity(\"nobody\"): no user or role of that name in "
                        + "@EmulatorIdentities(\"identities.json\")")
                .hasMessageContaining("users: [app, auditor], roles: [reader-role]");
    }

    @Test
    void anIdentityInOpenModeFailsSayingHowToDeclareThem() {
        assertThat(failures(TestKit.run(OpenModeTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@Identity(\"app\") S3Client: no identities are declared")
                .hasMessageContaining("@EmulatorIdentities(\"identities.json\")");
    }

    @Test
    void withoutRootKeysTheUnannotatedClientAndTheFixturesFailSayingSo() {
        assertThat(failures(TestKit.run(NoRootKeysTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("Cannot inject S3Client as the account root")
                .hasMessageContaining("has no \"root\" member, so the root has no keys")
                .hasMessageContaining("@Identity(\"app\") S3Client");
        assertThat(failures(TestKit.run(NoRootKeysWithBucketTestCases.class)))
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@EmulatorBucket(name = \"ledger\"): the buckets are created as the account root")
                .hasMessageContaining("no \"root\" member");
    }

    @Test
    void aRoleWithoutSessionsOrAnotherParameterTypeFailsSayingWhy() {
        assertThat(failures(TestKit.run(NoSessionsTestCases.class)))
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("@Identity(\"idle-role\"): the role has no sessions"))
                .anySatisfy(m ->
                        assertThat(m).contains("@Identity(\"app\") URI: @Identity applies to S3Client, S3AsyncClient"));
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
    @EmulatorIdentities("no-such.json")
    static class MissingResourceTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorIdentities("identities/malformed.json")
    static class MalformedTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    static class MalformedOnMethodTestCases {
        @Test
        void fine() {}

        @Test
        @EmulatorIdentities("identities/malformed.json")
        void malformed() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorIdentities("identities.json")
    static class UnknownNameTestCases {
        @Test
        void test(@Identity("nobody") S3Client s3) {}
    }

    @ObjectLockEmulatorTest
    static class OpenModeTestCases {
        @Test
        void test(@Identity("app") S3Client s3) {}
    }

    @ObjectLockEmulatorTest
    @EmulatorIdentities("identities/no-root.json")
    static class NoRootKeysTestCases {
        @Test
        void test(S3Client root) {}
    }

    @ObjectLockEmulatorTest
    @EmulatorIdentities("identities/no-root.json")
    @EmulatorBucket(name = "ledger")
    static class NoRootKeysWithBucketTestCases {
        @Test
        void test() {}
    }

    @ObjectLockEmulatorTest
    @EmulatorIdentities("identities/no-root.json")
    static class NoSessionsTestCases {
        @Test
        void noSessions(@Identity("idle-role") S3Client s3) {}

        @Test
        void notAClient(@Identity("app") java.net.URI endpoint) {}
    }
}
