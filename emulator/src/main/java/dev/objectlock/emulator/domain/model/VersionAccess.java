package dev.objectlock.emulator.domain.model;

/**
 * How a request uses the version it addresses: it reads it (GetObject, HeadObject,
 * GetObjectTagging, GetObjectRetention, the source of a copy, ...) or changes it
 * (PutObjectTagging, PutObjectRetention, PutObjectLegalHold, ...). S3 refuses both on a delete
 * marker, each in its own words ({@code VersioningRules.deleteMarkerMet}).
 */
public enum VersionAccess {
    READ,
    CHANGE
}
