package dev.objectlock.emulator.batch.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CreateJob checks of S3PutObjectCopy (API reference S3CopyObjectOperation: TargetResource
 * required, enums and timestamps) and S3PutObjectTagging (S3Tag Key required), and where a copy lands
 * (TargetKeyPrefix as a folder, aws/aws-sdk#355).
 */
class CopyAndTaggingValidateTest {

    private static JobOperation.PutObjectCopy copy(
            String target,
            String prefix,
            String directive,
            String storageClass,
            String legalHold,
            String mode,
            String until) {
        return new JobOperation.PutObjectCopy(
                target, prefix, null, directive, null, null, null, storageClass, null, legalHold, mode, until, null);
    }

    private static void badRequest(JobOperation.PutObjectCopy op, String messagePart) {
        assertThatThrownBy(() -> PutObjectCopyTask.validate(op))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION))
                .hasMessageContaining(messagePart);
    }

    @Test
    void acceptsAFullCopyOperation() {
        assertThatCode(() -> PutObjectCopyTask.validate(copy(
                        "arn:aws:s3:::dst",
                        "backup/",
                        "REPLACE",
                        "GLACIER",
                        "ON",
                        "COMPLIANCE",
                        "2030-01-01T00:00:00Z")))
                .doesNotThrowAnyException();
        // Pairing and past dates are CopyObject's per-task checks, not CreateJob's.
        assertThatCode(() -> PutObjectCopyTask.validate(
                        copy("arn:aws:s3:::dst", null, null, null, null, "GOVERNANCE", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWhatTheModelRefuses() {
        badRequest(copy(null, null, null, null, null, null, null), "TargetResource");
        badRequest(copy("dst", null, null, null, null, null, null), "TargetResource");
        badRequest(copy("arn:aws:s3:::dst/key", null, null, null, null, null, null), "TargetResource");
        badRequest(copy("arn:aws:s3:::dst", "", null, null, null, null, null), "TargetKeyPrefix");
        badRequest(copy("arn:aws:s3:::dst", null, "MOVE", null, null, null, null), "MetadataDirective");
        badRequest(copy("arn:aws:s3:::dst", null, null, "COLD", null, null, null), "StorageClass");
        badRequest(copy("arn:aws:s3:::dst", null, null, null, "on", null, null), "ObjectLockLegalHoldStatus");
        badRequest(copy("arn:aws:s3:::dst", null, null, null, null, "governance", null), "ObjectLockMode");
        badRequest(
                copy("arn:aws:s3:::dst", null, null, null, null, "GOVERNANCE", "next week"),
                "ObjectLockRetainUntilDate");
    }

    @Test
    void theWholeKeyGoesIntoThePrefixFolder() {
        assertThat(PutObjectCopyTask.targetKey(null, "folder1/a.txt")).isEqualTo("folder1/a.txt");
        assertThat(PutObjectCopyTask.targetKey("Folder2", "folder1/a.txt")).isEqualTo("Folder2/folder1/a.txt");
        assertThat(PutObjectCopyTask.targetKey("Folder2/", "a.txt")).isEqualTo("Folder2/a.txt");
    }

    @Test
    void taggingNeedsKeysButLeavesLimitsToEachTask() {
        List<Tag> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Tag("k" + i, "v"));
        }
        assertThatCode(() -> PutObjectTaggingTask.validate(new JobOperation.PutObjectTagging(eleven)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PutObjectTaggingTask.validate(new JobOperation.PutObjectTagging(null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        PutObjectTaggingTask.validate(new JobOperation.PutObjectTagging(List.of(new Tag("", "v")))))
                .isInstanceOf(S3Exception.class)
                .hasMessageContaining("Key");
    }
}
