package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobRequests.legalHold;
import static dev.objectlock.emulator.batch.JobRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CreateJob's synchronous checks ([C.3]): each bad member is BadRequestException naming it. */
class JobRequestValidatorTest {

    private static final JobManifestGenerator GENERATOR =
            new JobManifestGenerator(null, "arn:aws:s3:::source", null, null, false);

    @Test
    void acceptsAValidRequestAndKeepsItsMembers() {
        JobRequest valid = JobRequestValidator.validate(legalHold("ON"));

        assertThat(valid).isEqualTo(legalHold("ON"));
    }

    @Test
    void absentConfirmationRequiredMeansTrueAndAbsentTagsNone() {
        JobRequest valid = JobRequestValidator.validate(
                with(legalHold("ON"), b -> b.confirmationRequired(null).tags(null)));

        assertThat(valid.confirmationRequired()).isTrue();
        assertThat(valid.tags()).isEmpty();
    }

    @Test
    void acceptsTheMinimalDisabledReportAndAGeneratorInsteadOfAManifest() {
        assertThat(JobRequestValidator.validate(
                        with(legalHold("ON"), b -> b.manifest(null).generator(GENERATOR))))
                .isNotNull();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("account header missing", b -> b.accountId(null), "x-amz-account-id"),
                bad("account id not 12 digits", b -> b.accountId("12345"), "12-digit"),
                bad("no operation", b -> b.operation(null), "Operation is required"),
                bad(
                        "unsupported operation",
                        b -> b.operation(new JobOperation.Unsupported("LambdaInvoke")),
                        "LambdaInvoke"),
                bad("no report", b -> b.report(null), "Report is required"),
                bad("no token", b -> b.token(null), "ClientRequestToken"),
                bad("empty token", b -> b.token(""), "ClientRequestToken"),
                bad("token of 65", b -> b.token("t".repeat(65)), "ClientRequestToken"),
                bad("no priority", b -> b.priority(null), "Priority is required"),
                bad("negative priority", b -> b.priority(-1), "Priority must be between"),
                bad("no role", b -> b.roleArn(null), "RoleArn"),
                bad("role of a user", b -> b.roleArn("arn:aws:iam::123456789012:user/bob"), "RoleArn"),
                bad("role with short account", b -> b.roleArn("arn:aws:iam::1234:role/x"), "RoleArn"),
                bad("neither manifest nor generator", b -> b.manifest(null), "exactly one of Manifest"),
                bad("manifest and generator", b -> b.generator(GENERATOR), "exactly one of Manifest"),
                bad("empty description", b -> b.description(""), "Description"),
                bad("description of 257", b -> b.description("d".repeat(257)), "Description"),
                bad("51 tags", b -> b.tags(tags(51)), "at most 50 tags"),
                bad("empty tag key", b -> b.tags(List.of(new Tag("", "v"))), "tag key"),
                bad("tag key of 129", b -> b.tags(List.of(new Tag("k".repeat(129), "v"))), "tag key"),
                bad("tag value of 257", b -> b.tags(List.of(new Tag("k", "v".repeat(257)))), "value of tag 'k'"),
                bad("duplicate tag keys", b -> b.tags(List.of(new Tag("k", "1"), new Tag("k", "2"))), "unique"),
                bad(
                        "report without Enabled",
                        b -> b.report(new JobReport(null, null, null, null, null, null)),
                        "Report Enabled"),
                bad(
                        "enabled report without bucket",
                        b -> b.report(new JobReport(null, "Report_CSV_20180820", true, null, null, null)),
                        "Report Bucket is required"),
                bad(
                        "enabled report without format",
                        b -> b.report(new JobReport("arn:aws:s3:::r", null, true, null, null, null)),
                        "Report Format is required"),
                bad(
                        "report format",
                        b -> b.report(new JobReport("arn:aws:s3:::r", "CSV", true, null, null, null)),
                        "Report Format must be"),
                bad(
                        "report bucket not an ARN",
                        b -> b.report(new JobReport("reports", "Report_CSV_20180820", true, null, null, null)),
                        "Report Bucket must be a bucket ARN"),
                bad(
                        "report scope",
                        b -> b.report(
                                new JobReport("arn:aws:s3:::r", "Report_CSV_20180820", true, null, "SomeTasks", null)),
                        "ReportScope"),
                bad(
                        "manifest format",
                        b -> b.manifest(new JobManifest(
                                new JobManifest.Spec("CSV", List.of("Bucket", "Key")),
                                new JobManifest.Location("arn:aws:s3:::m/k", null, "e"))),
                        "Manifest Spec Format"),
                bad(
                        "manifest field",
                        b -> b.manifest(JobRequests.csvManifest("arn:aws:s3:::m/k", "Bucket", "Name")),
                        "not 'Name'"),
                bad(
                        "manifest without Key",
                        b -> b.manifest(JobRequests.csvManifest("arn:aws:s3:::m/k", "Bucket")),
                        "Key column"),
                bad(
                        "manifest object ARN without key",
                        b -> b.manifest(JobRequests.csvManifest("arn:aws:s3:::m", "Bucket", "Key")),
                        "ObjectArn"),
                bad(
                        "manifest without ETag",
                        b -> b.manifest(new JobManifest(
                                new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key")),
                                new JobManifest.Location("arn:aws:s3:::m/k", null, null))),
                        "ETag"),
                bad(
                        "generator source not an ARN",
                        b -> b.manifest(null).generator(new JobManifestGenerator(null, "source", null, null, false)),
                        "SourceBucket"),
                bad("legal hold status", b -> b.operation(new JobOperation.PutObjectLegalHold("on")), "ON or OFF"),
                bad(
                        "legal hold without status",
                        b -> b.operation(new JobOperation.PutObjectLegalHold(null)),
                        "LegalHold Status"),
                bad(
                        "retention mode",
                        b -> b.operation(
                                new JobOperation.PutObjectRetention(null, "governance", "2030-01-01T00:00:00Z")),
                        "GOVERNANCE or COMPLIANCE"),
                bad(
                        "retention date",
                        b -> b.operation(new JobOperation.PutObjectRetention(null, "GOVERNANCE", "next year")),
                        "ISO 8601"),
                bad(
                        "retention mode only",
                        b -> b.operation(new JobOperation.PutObjectRetention(null, "GOVERNANCE", null)),
                        "both"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refuses(String why, UnaryOperator<JobRequests.Builder> change, String messagePart) {
        JobRequest request = with(legalHold("ON"), change);

        assertThatThrownBy(() -> JobRequestValidator.validate(request)).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void acceptsRetentionWithOffsetDateAndRemovalWithoutMembers() {
        JobRequestValidator.validate(with(
                legalHold("ON"),
                b -> b.operation(
                        new JobOperation.PutObjectRetention(true, "COMPLIANCE", "2030-01-01T00:00:00.000+02:00"))));
        JobRequestValidator.validate(
                with(legalHold("ON"), b -> b.operation(new JobOperation.PutObjectRetention(null, null, null))));
    }

    @Test
    void acceptsFiftyTagsAndEmptyValues() {
        List<Tag> tags = tags(50);
        tags = Stream.concat(tags.stream().limit(49), Stream.of(new Tag("empty", "")))
                .toList();
        List<Tag> fifty = tags;

        assertThat(JobRequestValidator.validate(with(legalHold("ON"), b -> b.tags(fifty)))
                        .tags())
                .hasSize(50);
    }

    private static List<Tag> tags(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Tag("k" + i, "v")).toList();
    }

    private static Arguments bad(String why, UnaryOperator<JobRequests.Builder> change, String messagePart) {
        return Arguments.of(why, change, messagePart);
    }
}
