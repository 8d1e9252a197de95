package dev.objectlock.emulator.batch;

/** CreateJob {@code Report}: where and whether the completion report is written ([C.3, C.7.8]). */
public record JobReport(
        String bucket, String format, Boolean enabled, String prefix, String reportScope, String expectedBucketOwner) {}
