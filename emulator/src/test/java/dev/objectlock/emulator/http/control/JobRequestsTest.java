package dev.objectlock.emulator.http.control;

import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.http.xml.CreateJobRequestXml;
import dev.objectlock.emulator.http.xml.PutJobTaggingRequestXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreateJob and PutJobTagging documents as the batch service receives them: every value as sent ([C.3]). */
class JobRequestsTest {

    private static final String ACCOUNT = "123456789012";

    @Test
    void legalHoldJobAsSent() {
        JobRequest request = jobRequest(golden("CreateJobRequest_legalHold"));

        assertThat(request)
                .isEqualTo(new JobRequest(
                        ACCOUNT,
                        false,
                        new JobOperation.PutObjectLegalHold("ON"),
                        new JobReport(
                                "arn:aws:s3:::report-bucket",
                                "Report_CSV_20180820",
                                true,
                                "reports/legalhold",
                                "AllTasks",
                                null),
                        "6a1b0d5e-7c1f-4d7e-9c57-0b8a1d2e3f40",
                        new JobManifest(
                                new JobManifest.Spec(
                                        "S3BatchOperations_CSV_20180820", List.of("Bucket", "Key", "VersionId")),
                                new JobManifest.Location(
                                        "arn:aws:s3:::manifest-bucket/manifests/m.csv",
                                        "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY",
                                        "60e460c9d1046e73f7dde5043ac3ae85")),
                        "Apply legal hold",
                        10,
                        "arn:aws:iam::123456789012:role/batch-ops",
                        List.of(new Tag("team", "records")),
                        null));
    }

    @Test
    void retentionJobKeepsAbsentValuesAbsent() {
        JobRequest request = jobRequest(golden("CreateJobRequest_retention"));

        assertThat(request.operation())
                .isEqualTo(new JobOperation.PutObjectRetention(true, "GOVERNANCE", "2030-01-01T00:00:00Z"));
        assertThat(request.confirmationRequired()).isNull();
        assertThat(request.report()).isEqualTo(new JobReport(null, null, false, null, null, null));
        assertThat(request.tags()).containsExactly(new Tag("a", ""), new Tag("b", "2"));
        assertThat(request.manifestGenerator()).isNull();
    }

    @Test
    void taggingAndDeleteTaggingOperations() {
        assertThat(jobRequest(golden("CreateJobRequest_putObjectTagging")).operation())
                .isEqualTo(new JobOperation.PutObjectTagging(
                        List.of(new Tag("classification", "records"), new Tag("retain", "7y"))));
        assertThat(jobRequest(golden("CreateJobRequest_sdkDeleteTagging")).operation())
                .isEqualTo(new JobOperation.DeleteObjectTagging());
    }

    @Test
    void copyJobWithManifestGenerator() {
        JobRequest request = jobRequest(golden("CreateJobRequest_sdkCopyWithGenerator"));

        Map<String, String> userMetadata = new LinkedHashMap<>();
        userMetadata.put("b", "2");
        userMetadata.put("a", "1");
        assertThat(request.operation())
                .isEqualTo(new JobOperation.PutObjectCopy(
                        "arn:aws:s3:::t",
                        null,
                        null,
                        "REPLACE",
                        null,
                        new JobOperation.NewObjectMetadata(
                                null, null, null, null, userMetadata, "text/plain", "2030-01-01T00:00:00Z"),
                        List.of(new Tag("k", "v")),
                        null,
                        null,
                        null,
                        "GOVERNANCE",
                        "2030-01-01T00:00:00.123Z",
                        null));
        assertThat(request.manifest()).isNull();
        assertThat(request.manifestGenerator())
                .isEqualTo(new JobManifestGenerator(
                        null,
                        "arn:aws:s3:::src",
                        new JobManifestGenerator.OutputLocation(
                                null, "arn:aws:s3:::out", null, "SSE-S3", null, "S3InventoryReport_CSV_20211130"),
                        new JobManifestGenerator.Filter(
                                null,
                                "2024-01-01T00:00:00Z",
                                null,
                                null,
                                List.of("a/", "b/"),
                                null,
                                null,
                                null,
                                null,
                                List.of("STANDARD"),
                                List.of("SSE-S3", "SSE-KMS")),
                        true));
    }

    @Test
    void anOperationTheEmulatorDoesNotRunIsPassedOnByName() {
        // The service refuses it (JobOperation.Unsupported); the protocol does not decide what is supported.
        assertThat(jobRequest(golden("CreateJobRequest_lambdaInvoke")).operation())
                .isEqualTo(new JobOperation.Unsupported("LambdaInvoke"));
    }

    @Test
    void noOperationIsNull() {
        assertThat(jobRequest("<CreateJobRequest><Operation/></CreateJobRequest>")
                        .operation())
                .isNull();
        assertThat(jobRequest("<CreateJobRequest/>").operation()).isNull();
    }

    @Test
    void twoOperationsAreABadRequest() {
        // botocore-s3c JobOperation is a union: one member at most ([C.3]; message [UNCERTAIN]).
        String body =
                "<CreateJobRequest><Operation><S3DeleteObjectTagging/><LambdaInvoke/></Operation></CreateJobRequest>";

        assertThatThrownBy(() -> jobRequest(body))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION));
    }

    @Test
    void putJobTaggingNeedsATagsElement() {
        assertThat(JobRequests.jobTags(
                        read("<PutJobTaggingRequest><Tags/></PutJobTaggingRequest>", PutJobTaggingRequestXml.class)))
                .isEmpty();
        assertThat(JobRequests.jobTags(read(golden("PutJobTaggingRequest_twoTags"), PutJobTaggingRequestXml.class)))
                .containsExactly(new Tag("team", "records"), new Tag("cost-centre", "42"));
        // Tags is a required member of PutJobTaggingRequest (botocore-s3c): no element, no schema match.
        assertThatThrownBy(() -> JobRequests.jobTags(read("<PutJobTaggingRequest/>", PutJobTaggingRequestXml.class)))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }

    private static JobRequest jobRequest(String xml) {
        return JobRequests.jobRequest(ACCOUNT, read(xml, CreateJobRequestXml.class));
    }

    private static <T> T read(String xml, Class<T> type) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), type);
    }
}
