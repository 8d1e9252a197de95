package dev.objectlock.emulator.batch;

/**
 * One task: the object version a manifest row names. {@code key} is decoded; {@code manifestKey}
 * is the key as the manifest wrote it (URL-encoded), which the completion report repeats.
 * {@code versionId} is null when the manifest has no VersionId column (the current version at run
 * time, [R44]) and "" when the column is there but empty (the task fails, [R43]).
 */
public record TaskTarget(String bucket, String key, String manifestKey, String versionId) {}
