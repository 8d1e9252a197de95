package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.BatchJobSupport.awaitJob;
import static dev.objectlock.emulator.it.BatchJobSupport.legalHoldJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator-only wait for batch jobs, POST /_emulator/jobs/{id}/wait (AdminRoutes): it answers
 * once the job reaches a status, so tests and scripts need not poll DescribeJob. Not an AWS API;
 * the expectations are the emulator's documented contract.
 */
class JobWaitAdminTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    // Without a body it waits for any terminal status (Complete, Failed, Cancelled). A manifest
    // object that does not exist fails the job while Preparing ([C.7.1]).
    @Test
    void waitsForATerminalStatusByDefault() {
        s3.createBucket("manifests");
        String jobId = s3.controlClient()
                .createJob(legalHoldJob("manifests", "missing.csv", "0123456789abcdef")
                        .confirmationRequired(false)
                        .build())
                .jobId();

        Map.Entry<Integer, JsonNode> answer = awaitJob(s3, jobId, null);

        assertThat(answer.getKey()).isEqualTo(200);
        JsonNode job = answer.getValue();
        assertThat(job.get("jobId").asText()).isEqualTo(jobId);
        assertThat(job.get("status").asText()).isEqualTo("Failed");
        assertThat(job.get("totalNumberOfTasks").asLong()).isZero();
        assertThat(job.get("numberOfTasksSucceeded").asLong()).isZero();
        assertThat(job.get("numberOfTasksFailed").asLong()).isZero();
    }

    // A job that ends while awaited for another status answers at once: it can never get there.
    @Test
    void aJobThatEndsAnswersWhateverItWasAwaitedFor() {
        s3.createBucket("manifests");
        String jobId = s3.controlClient()
                .createJob(legalHoldJob("manifests", "missing.csv", "0123456789abcdef")
                        .confirmationRequired(false)
                        .build())
                .jobId();

        Map.Entry<Integer, JsonNode> answer = awaitJob(s3, jobId, "{\"status\":\"Active\",\"timeout\":\"PT30S\"}");

        assertThat(answer.getKey()).isEqualTo(200);
        assertThat(answer.getValue().get("status").asText()).isEqualTo("Failed");
    }

    @Test
    void anUnknownJobIsNotFound() {
        Map.Entry<Integer, JsonNode> answer = awaitJob(s3, "no-such-job", "{\"timeout\":\"PT1S\"}");

        assertThat(answer.getKey()).isEqualTo(404);
        assertThat(answer.getValue().get("error").asText()).contains("no-such-job");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[]",
                "{\"status\":[\"Done\"]}",
                "{\"timeout\":\"30 seconds\"}",
                "{\"timeout\":\"-PT1S\"}",
                "{\"timeout\":\"PT11M\"}"
            })
    void aBodyItCannotUseIsABadRequest(String body) {
        Map.Entry<Integer, JsonNode> answer = awaitJob(s3, "any-job", body);

        assertThat(answer.getKey()).isEqualTo(400);
        assertThat(answer.getValue().get("error").asText()).isNotBlank();
    }
}
