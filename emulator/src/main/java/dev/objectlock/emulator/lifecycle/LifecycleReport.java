package dev.objectlock.emulator.lifecycle;

/**
 * What one lifecycle run did ([R93]): markers added over expired current versions, versions removed
 * (noncurrent ones, or current ones of unversioned buckets), lone delete markers removed, incomplete
 * uploads aborted, and versions left alone because Object Lock protects them.
 */
public record LifecycleReport(
        long deleteMarkersAdded,
        long versionsExpired,
        long deleteMarkersRemoved,
        long uploadsAborted,
        long skippedLocked) {

    public static final LifecycleReport NONE = new LifecycleReport(0, 0, 0, 0, 0);

    public LifecycleReport plus(LifecycleReport other) {
        return new LifecycleReport(
                deleteMarkersAdded + other.deleteMarkersAdded,
                versionsExpired + other.versionsExpired,
                deleteMarkersRemoved + other.deleteMarkersRemoved,
                uploadsAborted + other.uploadsAborted,
                skippedLocked + other.skippedLocked);
    }
}
