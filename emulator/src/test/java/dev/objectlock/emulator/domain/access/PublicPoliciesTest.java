package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.bucket;
import static dev.objectlock.emulator.domain.access.AccessFixtures.doc;
import static dev.objectlock.emulator.domain.access.AccessFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GetBucketPolicyStatus's IsPublic, case by case. Source: the S3 User Guide, "The meaning of 'public'"
 * (quoted in the API reference of PublicAccessBlockConfiguration): a policy is public unless it limits
 * access with aws:SourceIp CIDRs or grants to fixed principals or fixed values of the listed keys.
 */
class PublicPoliciesTest {

    private static final String OBJECTS = q("arn:aws:s3:::locked/*");
    private static final String GET = q("s3:GetObject");

    /** One statement of {@code effect} on the bucket's objects, with a principal and an optional Condition. */
    private static String stmt(String effect, String principal, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":" + GET + ",\"Resource\":"
                + OBJECTS + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static String allowAll(String condition) {
        return doc(stmt("Allow", q("*"), condition));
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                // name, policy, public?
                Arguments.of("Allow to \"*\"", allowAll(null), true),
                Arguments.of("Allow to {\"AWS\":\"*\"}", doc(stmt("Allow", "{\"AWS\":\"*\"}", null)), true),
                Arguments.of(
                        "Allow to a list holding \"*\"",
                        doc(stmt("Allow", "{\"AWS\":[\"*\",\"arn:aws:iam::123456789012:root\"]}", null)),
                        true),
                Arguments.of(
                        "Allow to the account only (a fixed principal)",
                        doc(stmt("Allow", "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", null)),
                        false),
                Arguments.of(
                        "Allow to a service principal",
                        doc(stmt("Allow", "{\"Service\":\"batchoperations.s3.amazonaws.com\"}", null)),
                        false),
                Arguments.of(
                        "Deny to \"*\" (the P50 maximum-retention policy's kind)",
                        doc(stmt("Deny", q("*"), null)),
                        false),
                Arguments.of(
                        "a public Allow beside a Deny",
                        doc(stmt("Deny", q("*"), null), stmt("Allow", q("*"), null)),
                        true),
                Arguments.of(
                        "aws:SourceIp limited to a CIDR",
                        allowAll("{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}"),
                        false),
                Arguments.of(
                        "aws:SourceIp 0.0.0.0/0 limits nothing",
                        allowAll("{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}"),
                        true),
                Arguments.of(
                        "NotIpAddress excludes some, allows the rest",
                        allowAll("{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}"),
                        true),
                Arguments.of(
                        "fixed aws:SourceAccount",
                        allowAll("{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}"),
                        false),
                Arguments.of(
                        "fixed aws:SourceArn with ArnLike",
                        allowAll("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::logs\"}}"),
                        false),
                Arguments.of(
                        "aws:SourceArn with a wildcard is not fixed",
                        allowAll("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::*\"}}"),
                        true),
                Arguments.of(
                        "fixed aws:SourceVpce",
                        allowAll("{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}"),
                        false),
                Arguments.of(
                        "key names are case-insensitive",
                        allowAll("{\"StringEquals\":{\"AWS:SOURCEVPC\":\"vpc-111bbb22\"}}"),
                        false),
                Arguments.of(
                        "...IfExists passes an absent key: narrows nothing",
                        allowAll("{\"StringEqualsIfExists\":{\"aws:SourceAccount\":\"123456789012\"}}"),
                        true),
                Arguments.of(
                        "StringNotEquals narrows nothing",
                        allowAll("{\"StringNotEquals\":{\"aws:SourceAccount\":\"123456789012\"}}"),
                        true),
                Arguments.of(
                        "fixed aws:userid",
                        allowAll("{\"StringEquals\":{\"aws:userid\":\"AIDAEXAMPLEUSERID\"}}"),
                        false),
                Arguments.of(
                        "aws:userid of every session of one role (AROLEID:*)",
                        allowAll("{\"StringLike\":{\"aws:userid\":\"AROAEXAMPLEROLEID:*\"}}"),
                        false),
                Arguments.of("aws:userid matching anyone", allowAll("{\"StringLike\":{\"aws:userid\":\"*\"}}"), true),
                Arguments.of(
                        "a condition on a key the guide does not list (s3:prefix)",
                        allowAll("{\"StringEquals\":{\"s3:prefix\":\"home/\"}}"),
                        true),
                Arguments.of(
                        "a Bool on aws:SecureTransport narrows nothing",
                        allowAll("{\"Bool\":{\"aws:SecureTransport\":\"true\"}}"),
                        true),
                Arguments.of(
                        "a narrowing condition beside one that does not",
                        allowAll("{\"Bool\":{\"aws:SecureTransport\":\"true\"},"
                                + "\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}"),
                        false));
    }

    @ParameterizedTest(name = "{0}: public={2}")
    @MethodSource("policies")
    void decides(String name, String policy, boolean expected) {
        assertThat(PublicPolicies.isPublic(bucket(policy))).isEqualTo(expected);
    }
}
