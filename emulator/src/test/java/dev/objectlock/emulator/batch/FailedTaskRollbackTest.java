package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.run;
import static dev.objectlock.emulator.batch.StubManifests.target;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A task that fails after writing part of its change, by an unexpected exception or a refusal,
 * leaves its object as it was, while the tasks of the same chunk before and after it commit: each
 * task runs in a savepoint of the chunk's transaction. The body of a version the failed task
 * replaced stays too, as the blob deletion it queued is dropped with the savepoint.
 */
class FailedTaskRollbackTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private StubManifests manifests;

    @BeforeEach
    void plainBucket() {
        manifests = BatchSupport.stubManifests(s3);
        client.createBucket(b -> b.bucket("plain"));
        for (String key : List.of("a", "crash", "refuse", "z")) {
            client.putObject(b -> b.bucket("plain").key(key), RequestBody.fromString("original " + key));
        }
    }

    @AfterEach
    void plainTasks() {
        BatchSupport.jobs(s3).wrapTaskExecutors(UnaryOperator.identity());
    }

    @Test
    void aTaskThatWritesThenCrashesOrIsRefusedLeavesNothingWhileTheRestOfItsChunkCommits() {
        ObjectService objects = EmulatorInternals.objects(s3.emulator());
        BatchSupport.jobs(s3).wrapTaskExecutors(real -> t -> {
            if (t.key().equals("crash")) {
                // part of a change: the null version replaced (its body queued for deletion), then tagged
                objects.put(new ObjectService.PutObject(
                        "plain",
                        "crash",
                        new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of()),
                        LockHeaders.NONE,
                        Payload.internal(new ByteArrayInputStream("half-done".getBytes(StandardCharsets.UTF_8)), null),
                        Conditions.none()));
                real.run(t);
                throw new IllegalStateException("the task crashed after writing");
            }
            TaskOutcome outcome = real.run(t);
            if (t.key().equals("refuse")) {
                return TaskOutcome.failure(409, "OperationAborted", "refused after writing");
            }
            return outcome;
        });
        String arn = manifests.manifest(
                "four",
                List.of(
                        target("plain", "a", null),
                        target("plain", "crash", null),
                        target("plain", "refuse", null),
                        target("plain", "z", null)));

        BatchJob job = run(
                s3,
                job(new JobOperation.PutObjectTagging(List.of(new Tag("batch", "yes"))), arn, JobRequests.NO_REPORT));

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(job.status()).isEqualTo(JobStatus.Complete);
            soft.assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(2);
            soft.assertThat(job.progress().numberOfTasksFailed()).isEqualTo(2);
            soft.assertThat(tags("a")).containsExactly(Map.entry("batch", "yes"));
            soft.assertThat(tags("z")).containsExactly(Map.entry("batch", "yes"));
            soft.assertThat(client.getObjectAsBytes(b -> b.bucket("plain").key("crash"))
                            .asUtf8String())
                    .as("the null version the crashed task replaced is back, with its body")
                    .isEqualTo("original crash");
            soft.assertThat(tags("crash")).as("the crashed task's tags").isEmpty();
            soft.assertThat(tags("refuse")).as("the refused task's tags").isEmpty();
        });
    }

    private Map<String, String> tags(String key) {
        return client.getObjectTagging(b -> b.bucket("plain").key(key)).tagSet().stream()
                .collect(Collectors.toMap(
                        software.amazon.awssdk.services.s3.model.Tag::key,
                        software.amazon.awssdk.services.s3.model.Tag::value));
    }
}
