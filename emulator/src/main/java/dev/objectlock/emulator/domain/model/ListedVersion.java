package dev.objectlock.emulator.domain.model;

/** An entry of a version listing and whether it is its key's current entry. */
public record ListedVersion(VersionEntry entry, boolean latest) {}
