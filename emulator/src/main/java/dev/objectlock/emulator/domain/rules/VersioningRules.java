package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.util.function.Predicate;

/**
 * How a bucket's versioning state shapes writes and deletes ([A.4], [R1]–[R9]).
 */
public final class VersioningRules {

    private static final String INVALID_VERSION_ID = "Invalid version id specified";

    private VersioningRules() {}

    /** Enabled buckets give every write a new id; Unversioned and Suspended write the null version. */
    public static VersionId versionIdForWrite(VersioningStatus status, long sequence) {
        return status == VersioningStatus.ENABLED ? VersionId.generate(sequence) : VersionId.NULL;
    }

    /**
     * Whether a write's response carries {@code x-amz-version-id}: only while Enabled. A Suspended
     * bucket stores the null version but does not announce it ([R1]).
     */
    public static boolean announcesWrittenVersion(VersioningStatus status) {
        return status == VersioningStatus.ENABLED;
    }

    /**
     * The version id a CopyObject response announces for the copy it wrote: unlike PutObject, a
     * copy into a Suspended bucket announces the null version it wrote ([R60]); a never-versioned
     * bucket announces nothing.
     */
    public static VersionId copiedVersionToAnnounce(VersioningStatus status, VersionId written) {
        if (status == VersioningStatus.ENABLED) {
            return written;
        }
        return status == VersioningStatus.SUSPENDED ? VersionId.NULL : null;
    }

    /**
     * The copy source's version id a CopyObject response names: none when the source bucket was
     * never versioned, and none when the source is the null version ([R61]).
     */
    public static VersionId copySourceVersionToAnnounce(VersioningStatus sourceStatus, VersionId source) {
        return sourceStatus.everEnabled() && !source.isNull() ? source : null;
    }

    /**
     * Whether a delete without a version id leaves a delete marker (Enabled, Suspended) or removes
     * the object for good (Unversioned).
     */
    public static boolean deleteLeavesMarker(VersioningStatus status) {
        return status != VersioningStatus.UNVERSIONED;
    }

    /**
     * Parses a {@code versionId} request parameter. Null means "the current version". A malformed
     * id, or any id but {@code null} on a never-versioned bucket, is InvalidArgument ([R9], [R63]).
     */
    public static VersionId parseVersionId(String raw, VersioningStatus status) {
        return parseVersionId(raw, status, id -> false);
    }

    /**
     * As {@link #parseVersionId(String, VersioningStatus)}, but an id of the right shape without
     * the check of [R63] is accepted when {@code storedBefore} finds it: a version written by an
     * emulator release before the check keeps the id it was given (K24).
     */
    public static VersionId parseVersionId(String raw, VersioningStatus status, Predicate<VersionId> storedBefore) {
        if (raw == null) {
            return null;
        }
        if (raw.isEmpty()) {
            throw S3Exception.invalidArgument("Version id cannot be the empty string", "versionId", raw);
        }
        if (status == VersioningStatus.UNVERSIONED && !"null".equals(raw)) {
            throw S3Exception.invalidArgument(INVALID_VERSION_ID, "versionId", raw);
        }
        if (VersionId.isWellFormed(raw)) {
            return new VersionId(raw);
        }
        if (VersionId.hasIdShape(raw) && storedBefore.test(new VersionId(raw))) {
            return new VersionId(raw);
        }
        throw S3Exception.invalidArgument(INVALID_VERSION_ID, "versionId", raw);
    }

    /**
     * The refusal a request meets when the version it addresses is a delete marker ([R6], [R62]).
     * Addressed by its id, a marker is MethodNotAllowed, naming the method of the request, and
     * allows only DELETE. As the current version it reads as NoSuchKey for object reads and the
     * lock sub-resources, but the tagging sub-resource answers MethodNotAllowed there too.
     */
    public static S3Exception deleteMarkerMet(DeleteMarker marker, boolean addressedById, VersionAccess access) {
        if (!addressedById && !refusesCurrentMarkerAsMethod(access)) {
            return S3Exception.noSuchKey(marker.key())
                    .onDeleteMarker(marker.versionId().value(), marker.lastModified(), null);
        }
        return S3Exception.of(S3ErrorCode.METHOD_NOT_ALLOWED)
                .with("Method", method(access))
                .with("ResourceType", "DeleteMarker")
                .onDeleteMarker(marker.versionId().value(), marker.lastModified(), "DELETE");
    }

    private static boolean refusesCurrentMarkerAsMethod(VersionAccess access) {
        return switch (access) {
            case TAGGING_READ, TAGGING_CHANGE, TAGGING_DELETE -> true;
            case READ, CHANGE -> false;
        };
    }

    private static String method(VersionAccess access) {
        return switch (access) {
            case READ, TAGGING_READ -> "GET";
            case CHANGE, TAGGING_CHANGE -> "PUT";
            case TAGGING_DELETE -> "DELETE";
        };
    }
}
