package dev.objectlock.emulator.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.domain.authorization.AccessRequest.LockValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The condition keys each action is evaluated with ([P.8], P49, P51): the Object Lock keys come
 * from the request and only on the actions the IAM reference lists them for; remaining days count on
 * the emulator's clock, rounded up; s3:versionid only on version actions; listing keys on listings.
 */
class ConditionKeysTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    static Stream<Arguments> remainingDays() {
        return Stream.of(
                // retain-until, remaining days (rounded up; 0 once past) -- P49 [UNCERTAIN rounding]
                Arguments.of("2030-01-11T12:00:00Z", "10"),
                Arguments.of("2030-01-11T12:00:00.001Z", "11"),
                Arguments.of("2030-01-01T12:00:01Z", "1"),
                Arguments.of("2030-01-01T12:00:00Z", "0"),
                Arguments.of("2029-06-01T00:00:00Z", "0"),
                Arguments.of("2030-01-02T00:00:00+02:00", "1"),
                Arguments.of("not a date", null));
    }

    @ParameterizedTest(name = "retain until {0}: {1} days")
    @MethodSource("remainingDays")
    void remainingRetentionDaysAreCountedOnTheEmulatorClock(String until, String days) {
        assertThat(AccessRequirements.remainingDays(until, NOW)).isEqualTo(days);
    }

    @Test
    void lockKeysGoToPutObjectAndTheLockActionsOnlyNeverToTagging() {
        AccessRequest put = AccessRequest.object(OperationAccess.PUT_OBJECT, "b", "k", null)
                .withLock(new LockValues("GOVERNANCE", "2030-01-11T12:00:00Z", "ON"))
                .withTagging(true);

        Map<String, ConditionContext> keys = keysByAction(put);

        assertThat(keys.get("s3:PutObject").values("s3:object-lock-mode")).containsExactly("GOVERNANCE");
        assertThat(keys.get("s3:PutObject").values("s3:object-lock-remaining-retention-days"))
                .containsExactly("10");
        assertThat(keys.get("s3:PutObject").values("s3:object-lock-legal-hold")).containsExactly("ON");
        assertThat(keys.get("s3:PutObjectRetention").values("s3:object-lock-retain-until-date"))
                .containsExactly("2030-01-11T12:00:00Z");
        assertThat(keys.get("s3:PutObjectRetention").values("s3:object-lock-legal-hold"))
                .isNull();
        assertThat(keys.get("s3:PutObjectLegalHold").values("s3:object-lock-legal-hold"))
                .containsExactly("ON");
        assertThat(keys.get("s3:PutObjectLegalHold").values("s3:object-lock-mode"))
                .isNull();
        assertThat(keys.get("s3:PutObjectTagging").values("s3:object-lock-mode"))
                .isNull();
    }

    @Test
    void aPutObjectWithoutLockHeadersHasNoLockKeys() {
        Map<String, ConditionContext> keys =
                keysByAction(AccessRequest.object(OperationAccess.PUT_OBJECT, "b", "k", null));

        assertThat(keys.get("s3:PutObject").values("s3:object-lock-mode")).isNull();
        assertThat(keys.get("s3:PutObject").values("s3:object-lock-remaining-retention-days"))
                .isNull();
    }

    @Test
    void theBypassActionCarriesTheRequestedRetention() {
        AccessRequest shorten = AccessRequest.object(OperationAccess.PUT_OBJECT_RETENTION, "b", "k", "v1")
                .withBypass(true)
                .withLock(new LockValues("GOVERNANCE", "2030-01-03T12:00:00Z", null));

        Map<String, ConditionContext> keys = keysByAction(shorten);

        assertThat(keys.get("s3:BypassGovernanceRetention").values("s3:object-lock-remaining-retention-days"))
                .containsExactly("2");
        assertThat(keys.get("s3:PutObjectRetention").values("s3:versionid"))
                .as("not a version action")
                .isNull();
    }

    @Test
    void versionIdIsAKeyOfVersionActions() {
        Map<String, ConditionContext> keys =
                keysByAction(AccessRequest.object(OperationAccess.GET_OBJECT, "b", "k", "v1"));

        assertThat(keys.get("s3:GetObjectVersion").values("s3:versionid")).containsExactly("v1");
    }

    @Test
    void listingParametersAreKeysOfListBucket() {
        AccessRequest list = AccessRequest.bucket(OperationAccess.LIST_OBJECTS_V2, "b")
                .withListing(new AccessRequest.Listing("home/", "/", null));

        ConditionContext keys = keysByAction(list).get("s3:ListBucket");

        assertThat(keys.values("s3:prefix")).containsExactly("home/");
        assertThat(keys.values("s3:delimiter")).containsExactly("/");
        assertThat(keys.values("s3:max-keys")).isNull();
    }

    @Test
    void globalKeysDescribeTheRequestAndTheEmulatorClock() {
        ConditionContext signed = Authorizer.globalKeys(
                new Caller(Principal.root("123456789012"), "127.0.0.1", Caller.REST_HEADER, "UNSIGNED-PAYLOAD"),
                Instant.parse("2030-01-01T12:00:00.250Z"));
        ConditionContext anonymous =
                Authorizer.globalKeys(new Caller(Principal.ANONYMOUS, "10.0.0.1", null, null), NOW);

        assertThat(signed.values("aws:CurrentTime")).containsExactly("2030-01-01T12:00:00Z");
        assertThat(signed.values("aws:EpochTime")).containsExactly("1893499200");
        assertThat(signed.values("aws:SecureTransport")).containsExactly("false");
        assertThat(signed.values("aws:SourceIp")).containsExactly("127.0.0.1");
        assertThat(signed.values("s3:authType")).containsExactly("REST-HEADER");
        assertThat(signed.values("s3:signatureversion")).containsExactly("AWS4-HMAC-SHA256");
        assertThat(signed.values("s3:x-amz-content-sha256")).containsExactly("UNSIGNED-PAYLOAD");
        assertThat(anonymous.values("s3:authType")).isNull();
        assertThat(anonymous.values("s3:signatureversion")).isNull();
    }

    private static Map<String, ConditionContext> keysByAction(AccessRequest request) {
        List<Requirement> needed =
                AccessRequirements.of(request, ConditionContext.EMPTY, NOW, "us-east-1", "123456789012");
        return needed.stream().collect(java.util.stream.Collectors.toMap(Requirement::action, Requirement::context));
    }
}
