package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.batch.operations.PutObjectCopyTask;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRetentionResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * S3PutObjectCopy tasks (UG batch-ops-copy-object; API reference S3CopyObjectOperation): each task
 * is a CopyObject to TargetResource under TargetKeyPrefix, with the job's metadata, tagging and
 * Object Lock values applied as CopyObject applies its headers ([B.5, B.6, R35]).
 */
class BatchCopyTaskTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private final ObjectService objects = EmulatorInternals.objects(s3.emulator());
    private final CopyService copies = EmulatorInternals.copies(s3.emulator());

    private static JobOperation.PutObjectCopy copy(
            String target,
            String prefix,
            String directive,
            JobOperation.NewObjectMetadata metadata,
            List<Tag> tags,
            String legalHold,
            String mode,
            String until) {
        return new JobOperation.PutObjectCopy(
                target, prefix, null, directive, null, metadata, tags, null, null, legalHold, mode, until, null);
    }

    private TaskOutcome run(JobOperation.PutObjectCopy op, TaskTarget target) {
        PutObjectCopyTask.validate(op);
        return new PutObjectCopyTask(objects, copies, s3.emulator().clock(), op).run(target);
    }

    // TargetKeyPrefix is a folder the whole source key goes into (aws/aws-sdk#355); a versioned row
    // copies that version; COPY keeps the source's metadata and tags.
    @Test
    void copiesTheVersionNamedUnderThePrefix() {
        s3.createVersionedBucket("src");
        String v1 = client.putObject(
                        p -> p.bucket("src")
                                .key("dir/a.txt")
                                .contentType("text/plain")
                                .metadata(Map.of("origin", "one"))
                                .tagging("t=1"),
                        RequestBody.fromString("first"))
                .versionId();
        s3.put("src", "dir/a.txt", "second");
        s3.createBucket("dst");

        TaskOutcome outcome = run(
                copy("arn:aws:s3:::dst", "backup", null, null, null, null, null, null),
                new TaskTarget("src", "dir/a.txt", "dir/a.txt", v1));

        assertThat(outcome).isEqualTo(TaskOutcome.success());
        assertThat(s3.read("dst", "backup/dir/a.txt")).isEqualTo("first");
        HeadObjectResponse head = client.headObject(h -> h.bucket("dst").key("backup/dir/a.txt"));
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.metadata()).containsExactly(Map.entry("origin", "one"));
        assertThat(client.getObjectTagging(g -> g.bucket("dst").key("backup/dir/a.txt"))
                        .tagSet())
                .extracting(t -> t.key() + "=" + t.value())
                .containsExactly("t=1");
    }

    // MetadataDirective REPLACE takes NewObjectMetadata; NewObjectTagging replaces the tags.
    @Test
    void replacesMetadataAndTagsWhenAsked() {
        s3.createBucket("src");
        client.putObject(
                p -> p.bucket("src")
                        .key("k")
                        .contentType("text/plain")
                        .metadata(Map.of("old", "1"))
                        .tagging("t=1"),
                RequestBody.fromString("body"));
        s3.createBucket("dst");
        var metadata = new JobOperation.NewObjectMetadata(
                "no-cache", null, null, "en", Map.of("New", "2"), "application/json", null);

        TaskOutcome outcome = run(
                copy("arn:aws:s3:::dst", null, "REPLACE", metadata, List.of(new Tag("n", "v")), null, null, null),
                new TaskTarget("src", "k", "k", null));

        assertThat(outcome.succeeded()).isTrue();
        HeadObjectResponse head = client.headObject(h -> h.bucket("dst").key("k"));
        assertThat(head.contentType()).isEqualTo("application/json");
        assertThat(head.cacheControl()).isEqualTo("no-cache");
        assertThat(head.contentLanguage()).isEqualTo("en");
        assertThat(head.metadata()).containsExactly(Map.entry("new", "2"));
        assertThat(client.getObjectTagging(g -> g.bucket("dst").key("k")).tagSet())
                .extracting(t -> t.key() + "=" + t.value())
                .containsExactly("n=v");
    }

    // The job's lock fields are the copy's x-amz-object-lock-* headers: the copy gets exactly them,
    // never the source's retention or hold ([B.6, R35]).
    @Test
    void appliesTheJobsLockToTheCopyOnly() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "src");
        client.putObject(
                p -> p.bucket("src")
                        .key("k")
                        .objectLockMode(ObjectLockMode.COMPLIANCE)
                        .objectLockRetainUntilDate(days(30)),
                RequestBody.fromString("locked"));
        createLockBucket(client, "dst");
        createLockBucket(client, "dst2");

        assertThat(run(
                        copy("arn:aws:s3:::dst", null, null, null, null, "ON", "GOVERNANCE", days(5).toString()),
                        new TaskTarget("src", "k", "k", null)))
                .isEqualTo(TaskOutcome.success());
        GetObjectRetentionResponse retention =
                client.getObjectRetention(g -> g.bucket("dst").key("k"));
        assertThat(retention.retention().mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention.retention().retainUntilDate()).isEqualTo(days(5));
        assertThat(client.getObjectLegalHold(g -> g.bucket("dst").key("k"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);

        assertThat(run(
                                copy("arn:aws:s3:::dst2", null, null, null, null, null, null, null),
                                new TaskTarget("src", "k", "k", null))
                        .succeeded())
                .isTrue();
        HeadObjectResponse plain = client.headObject(h -> h.bucket("dst2").key("k"));
        assertThat(plain.objectLockMode()).isNull();
        assertThat(plain.objectLockLegalHoldStatus()).isNull();
    }

    // [B.5, R23]: lock values sent to a bucket without Object Lock; [R20] / 21: mode without
    // a date, a date in the past. Each task fails as CopyObject would, and nothing is written.
    @Test
    void failsTasksWhoseLockCopyObjectWouldRefuse() {
        s3.emulator().clock().set(T0);
        s3.createBucket("src");
        s3.put("src", "k", "x");
        s3.createBucket("plain");
        createLockBucket(client, "locked");
        TaskTarget target = new TaskTarget("src", "k", "k", null);

        assertThat(run(copy("arn:aws:s3:::plain", null, null, null, null, "ON", null, null), target))
                .isEqualTo(TaskOutcome.failure(400, "InvalidRequest", "Bucket is missing ObjectLockConfiguration"));
        assertThat(run(copy("arn:aws:s3:::locked", null, null, null, null, null, "COMPLIANCE", null), target))
                .isEqualTo(TaskOutcome.failure(
                        400,
                        "InvalidArgument",
                        "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied"));
        assertThat(run(
                        copy(
                                "arn:aws:s3:::locked",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "GOVERNANCE",
                                T0.minusSeconds(60).toString()),
                        target))
                .isEqualTo(TaskOutcome.failure(400, "InvalidArgument", "The retain until date must be in the future!"));
        assertThat(client.listObjectVersions(l -> l.bucket("plain")).versions()).isEmpty();
        assertThat(client.listObjectVersions(l -> l.bucket("locked")).versions())
                .isEmpty();
    }

    @Test
    void failsTasksForMissingSourcesAndEmptyVersionIds() {
        s3.createVersionedBucket("src");
        s3.createBucket("dst");
        JobOperation.PutObjectCopy op = copy("arn:aws:s3:::dst", null, null, null, null, null, null, null);

        assertThat(run(op, new TaskTarget("src", "missing", "missing", null)).errorCode())
                .isEqualTo("NoSuchKey");
        assertThat(run(op, new TaskTarget("src", "k", "k", "")))
                .isEqualTo(TaskOutcome.failure(400, "InvalidRequest", "Task failed due to missing VersionId"));
        assertThat(run(
                                copy("arn:aws:s3:::nobucket", null, null, null, null, null, null, null),
                                new TaskTarget("src", "missing", "missing", null))
                        .errorCode())
                .isEqualTo("NoSuchBucket");
    }
}
