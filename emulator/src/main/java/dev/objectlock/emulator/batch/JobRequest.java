package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;

/**
 * A CreateJob request as sent, before validation: {@code accountId} comes from the
 * {@code x-amz-account-id} header, the rest from the body. Exactly one of {@code manifest} and
 * {@code manifestGenerator} is valid.
 */
public record JobRequest(
        String accountId,
        Boolean confirmationRequired,
        JobOperation operation,
        JobReport report,
        String clientRequestToken,
        JobManifest manifest,
        String description,
        Integer priority,
        String roleArn,
        List<Tag> tags,
        JobManifestGenerator manifestGenerator) {}
