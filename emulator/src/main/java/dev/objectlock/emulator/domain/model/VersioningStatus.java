package dev.objectlock.emulator.domain.model;

/** A bucket's versioning state. A bucket can leave UNVERSIONED but never return to it. */
public enum VersioningStatus {
    UNVERSIONED,
    ENABLED,
    SUSPENDED;

    /** True when reads answer with an {@code x-amz-version-id}, including {@code null}. */
    public boolean everEnabled() {
        return this != UNVERSIONED;
    }
}
