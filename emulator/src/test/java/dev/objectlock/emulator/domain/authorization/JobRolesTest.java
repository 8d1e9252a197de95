package dev.objectlock.emulator.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.access.IamRole;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Policy;
import dev.objectlock.emulator.domain.access.PolicyJson;
import dev.objectlock.emulator.domain.access.PolicyKind;
import dev.objectlock.emulator.domain.access.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which RoleArn a job can act as ([P76, P78, P79]): a configured role of the account, path included,
 * whose trust policy lets Batch Operations assume it.
 */
class JobRolesTest {

    private static final String ACCOUNT = "123456789012";

    private static final Identities IDENTITIES = new Identities(
            ACCOUNT,
            null,
            List.of(),
            List.of(),
            List.of(
                    new IamRole("batch", null, null, List.of(), List.of()),
                    new IamRole("pathed", "/jobs/", null, List.of(), List.of()),
                    new IamRole("ec2-only", null, trust("ec2.amazonaws.com"), List.of(), List.of()),
                    new IamRole("denies", null, denyBatch(), List.of(), List.of())));

    static Stream<Arguments> roleArns() {
        return Stream.of(
                // RoleArn, assumed session ARN or null
                Arguments.of(
                        "arn:aws:iam::123456789012:role/batch", "arn:aws:sts::123456789012:assumed-role/batch/job-1"),
                Arguments.of(
                        "arn:aws:iam::123456789012:role/jobs/pathed",
                        "arn:aws:sts::123456789012:assumed-role/pathed/job-1"),
                Arguments.of("arn:aws:iam::123456789012:role/pathed", null), // path left out
                Arguments.of("arn:aws:iam::123456789012:role/missing", null),
                Arguments.of("arn:aws:iam::210987654321:role/batch", null), // another account
                Arguments.of("arn:aws:iam::123456789012:role/ec2-only", null), // trusts another service
                Arguments.of("arn:aws:iam::123456789012:role/denies", null), // trust policy denies
                Arguments.of("arn:aws:iam::123456789012:user/batch", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("roleArns")
    void aJobActsAsATrustingRoleOfItsAccountOnly(String roleArn, String session) {
        assertThat(JobRoles.assume(IDENTITIES, roleArn, "job-1").map(Principal::arn))
                .isEqualTo(java.util.Optional.ofNullable(session));
    }

    private static Policy trust(String service) {
        return PolicyJson.parse("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Service": "%s"}, "Action": "sts:AssumeRole"}]}""".formatted(service), PolicyKind.TRUST);
    }

    private static Policy denyBatch() {
        return PolicyJson.parse("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"Service": "batchoperations.s3.amazonaws.com"}, "Action": "sts:AssumeRole"},
                  {"Effect": "Deny", "Principal": {"Service": "batchoperations.s3.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""", PolicyKind.TRUST);
    }
}
