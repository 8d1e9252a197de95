package dev.objectlock.emulator.http.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests are S3 Control, and the route table of [C.2] (botocore-s3c {@code http.requestUri}). */
class ControlRoutesTest {

    @Test
    void jobsPathsAreS3ControlWithOrWithoutTheAccountHeader() {
        assertThat(ControlRoutes.addresses("/v20180820/jobs", null)).isTrue();
        assertThat(ControlRoutes.addresses("/v20180820/jobs/abc/tagging", null)).isTrue();
        assertThat(ControlRoutes.addresses("/v20180820/jobs", "123456789012")).isTrue();
    }

    @Test
    void otherS3ControlPathsNeedTheAccountHeader() {
        // Every S3 Control operation sends x-amz-account-id (botocore-s3c AccountId, location header).
        assertThat(ControlRoutes.addresses("/v20180820/configuration/publicAccessBlock", "123456789012"))
                .isTrue();
        assertThat(ControlRoutes.addresses("/v20180820/configuration/publicAccessBlock", null))
                .isFalse();
    }

    @Test
    void aPathStyleBucketNamedLikeTheApiVersionStaysS3() {
        assertThat(ControlRoutes.addresses("/v20180820/report.csv", null)).isFalse();
        assertThat(ControlRoutes.addresses("/v20180820", null)).isFalse();
        assertThat(ControlRoutes.addresses("/v20180820jobs", null)).isFalse();
        assertThat(ControlRoutes.addresses("/bucket/v20180820/jobs", "123456789012"))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "POST,   /v20180820/jobs,               CREATE_JOB,",
        "GET,    /v20180820/jobs,               LIST_JOBS,",
        "GET,    /v20180820/jobs/j-1,           DESCRIBE_JOB,        j-1",
        "POST,   /v20180820/jobs/j-1/status,    UPDATE_JOB_STATUS,   j-1",
        "POST,   /v20180820/jobs/j-1/priority,  UPDATE_JOB_PRIORITY, j-1",
        "PUT,    /v20180820/jobs/j-1/tagging,   PUT_JOB_TAGGING,     j-1",
        "GET,    /v20180820/jobs/j-1/tagging,   GET_JOB_TAGGING,     j-1",
        "DELETE, /v20180820/jobs/j-1/tagging,   DELETE_JOB_TAGGING,  j-1",
        "GET,    /v20180820/jobs/a%5Fb,         DESCRIBE_JOB,        a_b"
    })
    void routes(String method, String path, ControlOperation operation, String jobId) {
        assertThat(ControlRoutes.resolve(method, path)).isEqualTo(new ControlRoutes.Route(operation, jobId));
    }

    @ParameterizedTest
    @CsvSource({
        "PUT,    /v20180820/jobs",
        "DELETE, /v20180820/jobs/j-1",
        "GET,    /v20180820/jobs/j-1/status",
        "PATCH,  /v20180820/jobs/j-1/priority",
        "POST,   /v20180820/jobs/j-1/tagging"
    })
    void aKnownPathWithAnotherMethodIsMethodNotAllowed(String method, String path) {
        assertThatThrownBy(() -> ControlRoutes.resolve(method, path)).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.METHOD_NOT_ALLOWED);
            assertThat(e.details()).containsExactly(new S3Exception.Detail("Method", method));
        });
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /v20180820/configuration/publicAccessBlock",
        "GET, /v20180820/accesspoint",
        "GET, /v20180820/jobs/",
        "GET, /v20180820/jobs//tagging",
        "GET, /v20180820/jobs/j-1/reports",
        "GET, /v20180820/jobs/j-1/tagging/x"
    })
    void anyOtherPathIsAnApiTheEmulatorDoesNotServe(String method, String path) {
        assertThatThrownBy(() -> ControlRoutes.resolve(method, path))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.NOT_IMPLEMENTED));
    }
}
