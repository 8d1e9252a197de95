package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.batch.operations.DeleteObjectTaggingTask;
import dev.objectlock.emulator.batch.operations.PutObjectTaggingTask;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3PutObjectTagging and S3DeleteObjectTagging tasks (UG batch-ops-put-object-tagging,
 * batch-ops-delete-object-tagging): each task is the PutObjectTagging / DeleteObjectTagging call on
 * the row's object, and fails with that call's status, code and message ([C.7.5]).
 */
class BatchTaggingTasksTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private final ObjectTaggingService tagging = EmulatorInternals.tagging(s3.emulator());

    private PutObjectTaggingTask putTags(List<Tag> tags) {
        return new PutObjectTaggingTask(tagging, new JobOperation.PutObjectTagging(tags));
    }

    private List<software.amazon.awssdk.services.s3.model.Tag> tagsOf(String bucket, String key, String versionId) {
        return client.getObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId))
                .tagSet();
    }

    private static software.amazon.awssdk.services.s3.model.Tag sdkTag(String key, String value) {
        return software.amazon.awssdk.services.s3.model.Tag.builder()
                .key(key)
                .value(value)
                .build();
    }

    // PutObjectTagging API reference: the tag set replaces the version's tags; a row with a VersionId
    // tags that version, one without tags the current version ([R44]).
    @Test
    void replacesTheTagsOfTheVersionNamedOrTheCurrentOne() {
        s3.createVersionedBucket("tags");
        String v1 = client.putObject(p -> p.bucket("tags").key("k").tagging("old=1"), RequestBody.fromString("1"))
                .versionId();
        String v2 = s3.put("tags", "k", "2").versionId();

        assertThat(putTags(List.of(new Tag("env", "prod"))).run(new TaskTarget("tags", "k", "k", v1)))
                .isEqualTo(TaskOutcome.success());
        assertThat(tagsOf("tags", "k", v1)).containsExactly(sdkTag("env", "prod"));
        assertThat(tagsOf("tags", "k", v2)).isEmpty();

        assertThat(putTags(List.of(new Tag("team", "a")))
                        .run(new TaskTarget("tags", "k", "k", null))
                        .succeeded())
                .isTrue();
        assertThat(tagsOf("tags", "k", v2)).containsExactly(sdkTag("team", "a"));
        assertThat(tagsOf("tags", "k", v1)).containsExactly(sdkTag("env", "prod"));
    }

    // UG troubleshooting-batch-operations: "...,failed,400,InvalidRequest,Task failed due to missing VersionId"
    @Test
    void anEmptyVersionIdFailsTheTaskWithoutTouchingTheObject() {
        s3.createVersionedBucket("tags");
        client.putObject(p -> p.bucket("tags").key("k").tagging("keep=1"), RequestBody.fromString("1"));

        assertThat(putTags(List.of(new Tag("x", "y"))).run(new TaskTarget("tags", "k", "k", "")))
                .isEqualTo(TaskOutcome.failure(400, "InvalidRequest", "Task failed due to missing VersionId"));
        assertThat(tagsOf("tags", "k", null)).containsExactly(sdkTag("keep", "1"));
    }

    // The API's refusals become the task's: 11 tags (User Guide tag limits), a missing key, a current
    // delete marker and a delete marker named by version (both 405 for tagging, [R62]).
    @Test
    void failsTasksAsTheApiCallFails() {
        s3.createVersionedBucket("tags");
        s3.put("tags", "k", "1");
        String marker = client.deleteObject(d -> d.bucket("tags").key("gone")).versionId();
        List<Tag> eleven =
                IntStream.range(0, 11).mapToObj(i -> new Tag("k" + i, "v")).toList();

        assertThat(putTags(eleven).run(new TaskTarget("tags", "k", "k", null)))
                .isEqualTo(TaskOutcome.failure(400, "BadRequest", "Object tags cannot be greater than 10"));
        assertThat(putTags(List.of()).run(new TaskTarget("tags", "missing", "missing", null)))
                .isEqualTo(TaskOutcome.failure(404, "NoSuchKey", "The specified key does not exist."));
        assertThat(putTags(List.of())
                        .run(new TaskTarget("tags", "gone", "gone", null))
                        .errorCode())
                .isEqualTo("MethodNotAllowed");
        assertThat(putTags(List.of())
                        .run(new TaskTarget("tags", "gone", "gone", marker))
                        .httpStatus())
                .isEqualTo(405);
        assertThat(putTags(List.of())
                        .run(new TaskTarget("nobucket", "k", "k", null))
                        .errorCode())
                .isEqualTo("NoSuchBucket");
        assertThat(putTags(List.of()).run(new TaskTarget("tags", "k", "k", "not-a-version")))
                .isEqualTo(TaskOutcome.failure(400, "InvalidArgument", "Invalid version id specified"));
    }

    // DeleteObjectTagging API reference: removes the tag set of the version named (or the current one).
    @Test
    void deleteObjectTaggingEmptiesTheTagSet() {
        s3.createVersionedBucket("tags");
        String v1 = client.putObject(p -> p.bucket("tags").key("k").tagging("a=1&b=2"), RequestBody.fromString("1"))
                .versionId();
        client.putObject(p -> p.bucket("tags").key("k").tagging("c=3"), RequestBody.fromString("2"));
        DeleteObjectTaggingTask task = new DeleteObjectTaggingTask(tagging, new JobOperation.DeleteObjectTagging());

        assertThat(task.run(new TaskTarget("tags", "k", "k", v1))).isEqualTo(TaskOutcome.success());
        assertThat(tagsOf("tags", "k", v1)).isEmpty();
        assertThat(tagsOf("tags", "k", null)).containsExactly(sdkTag("c", "3"));
        assertThat(task.run(new TaskTarget("tags", "k", "k", "")).errorCode()).isEqualTo("InvalidRequest");
        assertThat(task.run(new TaskTarget("tags", "nope", "nope", null)).errorCode())
                .isEqualTo("NoSuchKey");
    }
}
