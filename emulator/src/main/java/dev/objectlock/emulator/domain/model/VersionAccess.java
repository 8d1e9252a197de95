package dev.objectlock.emulator.domain.model;

/**
 * How a request uses the version it addresses: it reads it (GetObject, HeadObject,
 * GetObjectRetention, the source of a copy, ...), changes it (PutObjectRetention,
 * PutObjectLegalHold, ...), or reads, changes or deletes its tag set. S3 refuses each on a delete
 * marker in its own words, and the tagging sub-resource refuses a current delete marker where a
 * GET of the object says NoSuchKey ({@code VersioningRules.deleteMarkerMet}).
 */
public enum VersionAccess {
    READ,
    CHANGE,
    TAGGING_READ,
    TAGGING_CHANGE,
    TAGGING_DELETE
}
