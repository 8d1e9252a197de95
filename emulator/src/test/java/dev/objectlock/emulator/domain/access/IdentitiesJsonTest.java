package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The identities document of issue 12: what it yields, and its faults named by JSON path. */
class IdentitiesJsonTest {

    /** The document as issue 12 shows it. */
    private static final String ISSUE_EXAMPLE = """
            {
              "root":  {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
              "users": [
                {"name": "app", "accessKeyId": "AKIAAPP000000000000", "secretAccessKey": "app-secret",
                 "policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}]}
              ],
              "roles": [
                {"name": "batch-operations",
                 "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "batchoperations.s3.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                 "policies": [],
                 "sessions": [{"accessKeyId": "ASIABATCH0000000000", "secretAccessKey": "s", "sessionToken": "t"}]}
              ]
            }
            """;

    @Test
    void theIssueExample() {
        Identities ids = IdentitiesJson.parse(ISSUE_EXAMPLE, ACCOUNT);
        assertThat(ids.credential("AKIAROOT00000000000"))
                .get()
                .satisfies(c -> assertThat(c.principal().arn()).isEqualTo("arn:aws:iam::123456789012:root"))
                .satisfies(c -> assertThat(c.key().secretAccessKey()).isEqualTo("root-secret"));
        Principal app = ids.credential("AKIAAPP000000000000").orElseThrow().principal();
        assertThat(app.arn()).isEqualTo("arn:aws:iam::123456789012:user/app");
        assertThat(ids.identityPolicies(app)).hasSize(1);
        Identities.Credential session = ids.credential("ASIABATCH0000000000").orElseThrow();
        assertThat(session.principal().arn())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/batch-operations/ASIABATCH0000000000");
        assertThat(session.key().sessionToken()).isEqualTo("t");
        assertThat(ids.role("batch-operations").orElseThrow().trusts(Policy.BATCH_OPERATIONS, ACCOUNT))
                .isTrue();
        assertThat(ids.credential("AKIAUNKNOWN00000000")).isEmpty();
    }

    @Test
    void defaults() {
        Identities ids = IdentitiesJson.parse("""
                {"users": [{"name": "auditor", "path": "/team/", "accessKeyId": "AKIAAUDIT0000000000", "secretAccessKey": "s"}],
                 "roles": [{"name": "batch-operations",
                            "sessions": [{"accessKeyId": "ASIAJOB", "secretAccessKey": "s", "sessionToken": "t",
                                          "sessionName": "nightly"}]}]}
                """, ACCOUNT);
        assertThat(ids.root()).as("without root, the root has no keys").isEmpty();
        assertThat(ids.credential("AKIAAUDIT0000000000")
                        .orElseThrow()
                        .principal()
                        .arn())
                .isEqualTo("arn:aws:iam::123456789012:user/team/auditor");
        IamRole role = ids.role("batch-operations").orElseThrow();
        assertThat(role.trusts(Policy.BATCH_OPERATIONS, ACCOUNT))
                .as("trustPolicy defaults to Batch Operations")
                .isTrue();
        assertThat(role.trusts("lambda.amazonaws.com", ACCOUNT)).isFalse();
        assertThat(ids.credential("ASIAJOB").orElseThrow().principal().arn())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/batch-operations/nightly");
        assertThat(ids.knows("arn:aws:iam::123456789012:user/team/auditor")).isTrue();
        assertThat(ids.knows("arn:aws:iam::123456789012:role/batch-operations")).isTrue();
        assertThat(ids.knows("arn:aws:sts::123456789012:assumed-role/batch-operations/any"))
                .isTrue();
        assertThat(ids.knows("arn:aws:iam::123456789012:user/auditor")).isFalse();
    }

    @Test
    void groupPoliciesApplyToTheirMembers() {
        Identities ids = IdentitiesJson.parse("""
                {"groups": [{"name": "auditors", "policies": ["{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:Get*\\",\\"Resource\\":\\"*\\"}}"]}],
                 "users": [{"name": "auditor", "groups": ["auditors"], "accessKeyId": "AKIAAUDIT", "secretAccessKey": "s"},
                           {"name": "other", "accessKeyId": "AKIAOTHER", "secretAccessKey": "s"}]}
                """, ACCOUNT);
        Principal auditor = ids.credential("AKIAAUDIT").orElseThrow().principal();
        Principal other = ids.credential("AKIAOTHER").orElseThrow().principal();
        assertThat(PolicyEvaluator.evaluate(
                        auditor,
                        "s3:GetObjectLegalHold",
                        "arn:aws:s3:::b/k",
                        ConditionContext.EMPTY,
                        ids.identityPolicies(auditor),
                        null))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(
                        other,
                        "s3:GetObjectLegalHold",
                        "arn:aws:s3:::b/k",
                        ConditionContext.EMPTY,
                        ids.identityPolicies(other),
                        null))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                // document, the faults reported
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"secretAccessKey\":\"s\"}]}",
                        List.of("users[0].accessKeyId: missing")),
                Arguments.of(
                        "{\"users\":[{\"accessKeyId\":\"AKIAAPP\"}]}",
                        List.of("users[0].name: missing", "users[0].secretAccessKey: missing")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"accessKeyId\":\"AKIAAPP\",\"secretAccessKey\":\"s\","
                                + "\"polices\":[]}]}",
                        List.of("users[0].polices: unknown field")),
                Arguments.of("{\"users\":{}}", List.of("users: must be an array")),
                Arguments.of("{\"users\":[\"app\"]}", List.of("users[0]: must be an object")),
                Arguments.of(
                        "{\"users\":[{\"name\":7,\"accessKeyId\":\"AKIAAPP\",\"secretAccessKey\":\"s\"}]}",
                        List.of("users[0].name: must be a string")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"a b\",\"path\":\"team\",\"accessKeyId\":\"AKIA/APP\","
                                + "\"secretAccessKey\":\"s\"}]}",
                        List.of(
                                "users[0].name: invalid value 'a b'",
                                "users[0].path: invalid value 'team'",
                                "users[0].accessKeyId: invalid value 'AKIA/APP'")),
                Arguments.of(
                        "{\"root\":{\"accessKeyId\":\"AKIASAME\",\"secretAccessKey\":\"s\"},\"users\":[{\"name\":\"app\","
                                + "\"accessKeyId\":\"AKIASAME\",\"secretAccessKey\":\"s\"}]}",
                        List.of("users[0].accessKeyId: 'AKIASAME' is already used by root.accessKeyId")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"accessKeyId\":\"A1\",\"secretAccessKey\":\"s\"},{\"name\":\"app\","
                                + "\"accessKeyId\":\"A2\",\"secretAccessKey\":\"s\"}]}",
                        List.of("users[1].name: duplicate user 'app'")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"groups\":[\"auditors\"],\"accessKeyId\":\"A1\","
                                + "\"secretAccessKey\":\"s\"}]}",
                        List.of("users[0].groups[0]: no group 'auditors' in groups")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"accessKeyId\":\"A1\",\"secretAccessKey\":\"s\",\"policies\":"
                                + "[{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Alow\",\"Action\":\"s3:*\","
                                + "\"Resource\":\"*\"}]}]}]}",
                        List.of("users[0].policies[0].Statement[0].Effect: Invalid effect: Alow")),
                Arguments.of(
                        "{\"users\":[{\"name\":\"app\",\"accessKeyId\":\"A1\",\"secretAccessKey\":\"s\",\"policies\":"
                                + "[{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                                + "\"Resource\":\"*\"}}]}]}",
                        List.of(
                                "users[0].policies[0].Statement.Principal: Policy document should not specify a principal.")),
                Arguments.of(
                        "{\"roles\":[{\"name\":\"r\",\"trustPolicy\":{\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Action\":\"sts:AssumeRole\"}]}}]}",
                        List.of("roles[0].trustPolicy.Statement[0]: Missing required field Principal")),
                Arguments.of(
                        "{\"roles\":[{\"name\":\"r\",\"sessions\":[{\"accessKeyId\":\"ASIA1\",\"secretAccessKey\":\"s\"}]}]}",
                        List.of("roles[0].sessions[0].sessionToken: missing")),
                Arguments.of(
                        "{\"roles\":[{\"name\":\"r\"},{\"name\":\"r\"}]}",
                        List.of("roles[1].name: duplicate role 'r'")),
                Arguments.of("{\"admins\":[]}", List.of("admins: unknown field")),
                Arguments.of("[]", List.of("document: must be a JSON object")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("faults")
    void faultsAreNamedByPath(String document, List<String> errors) {
        assertThatThrownBy(() -> IdentitiesJson.parse(document, ACCOUNT))
                .isInstanceOfSatisfying(
                        InvalidIdentitiesException.class,
                        e -> assertThat(e.errors()).containsExactlyElementsOf(errors));
    }

    @Test
    void invalidJsonIsOneFault() {
        assertThatThrownBy(() -> IdentitiesJson.parse("{\"users\": [", ACCOUNT))
                .isInstanceOfSatisfying(InvalidIdentitiesException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0)).startsWith("document: invalid JSON: ");
                });
    }

    @Test
    void theAccountIsTheEmulators() {
        assertThatThrownBy(() -> IdentitiesJson.parse("{}", "12345"))
                .isInstanceOfSatisfying(
                        InvalidIdentitiesException.class,
                        e -> assertThat(e.errors()).containsExactly("account: must be 12 digits, not 12345"));
    }

    @Test
    void theJavaModelKeepsTheSameRules() {
        IamUser a = new IamUser("a", null, List.of(), AccessKey.longTerm("AKIASAME", "s"), List.of());
        IamUser b = new IamUser("b", null, List.of(), AccessKey.longTerm("AKIASAME", "s"), List.of());
        assertThatThrownBy(() -> new Identities(ACCOUNT, null, List.of(a, b), List.of(), List.of()))
                .isInstanceOfSatisfying(
                        InvalidIdentitiesException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "users[1].accessKeyId: 'AKIASAME' is already used by users[0].accessKeyId"));
    }

    @Test
    void secretsAreRedactedAndNeverPrinted() {
        String redacted = IdentitiesJson.redact(ISSUE_EXAMPLE);
        assertThat(redacted)
                .doesNotContain("root-secret", "app-secret", "\"t\"")
                .contains("AKIAROOT00000000000", "\"REDACTED\"");
        Identities ids = IdentitiesJson.parse(ISSUE_EXAMPLE, ACCOUNT);
        assertThat(ids.credential("AKIAAPP000000000000").orElseThrow().toString())
                .doesNotContain("app-secret");
    }
}
