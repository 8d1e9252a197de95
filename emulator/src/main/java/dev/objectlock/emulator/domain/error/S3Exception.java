package dev.objectlock.emulator.domain.error;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one exception that carries an S3 error from anywhere in the emulator to the one renderer.
 * A fresh instance per throw; the extra elements of the {@code <Error>} document (Key, VersionId,
 * BucketName, ArgumentName, ...) travel as data, in the order AWS writes them.
 */
public final class S3Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One extra element of the error document, such as {@code <Key>a</Key>}. */
    public record Detail(String name, String value) {}

    /** Set when the error concerns a delete marker; the protocol layer turns it into headers. */
    public record DeleteMarkerContext(String versionId, Instant lastModified, String allowedMethod) {}

    private final S3ErrorCode code;
    private final List<Detail> details;
    private final DeleteMarkerContext deleteMarker;

    private S3Exception(S3ErrorCode code, String message, List<Detail> details, DeleteMarkerContext deleteMarker) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.deleteMarker = deleteMarker;
    }

    public static S3Exception of(S3ErrorCode code) {
        return new S3Exception(code, code.defaultMessage(), List.of(), null);
    }

    public static S3Exception of(S3ErrorCode code, String message) {
        return new S3Exception(code, message, List.of(), null);
    }

    public static S3Exception noSuchBucket(String bucket) {
        return of(S3ErrorCode.NO_SUCH_BUCKET).with("BucketName", bucket);
    }

    public static S3Exception noSuchKey(String key) {
        return of(S3ErrorCode.NO_SUCH_KEY).with("Key", key);
    }

    public static S3Exception noSuchVersion(String key, String versionId) {
        return of(S3ErrorCode.NO_SUCH_VERSION).with("Key", key).with("VersionId", versionId);
    }

    public static S3Exception invalidArgument(String message, String argumentName, String argumentValue) {
        S3Exception e = of(S3ErrorCode.INVALID_ARGUMENT, message).with("ArgumentName", argumentName);
        return argumentValue == null ? e : e.with("ArgumentValue", argumentValue);
    }

    public static S3Exception invalidRequest(String message) {
        return of(S3ErrorCode.INVALID_REQUEST, message);
    }

    public static S3Exception malformedXml() {
        return of(S3ErrorCode.MALFORMED_XML);
    }

    /** Returns a copy with one more detail element. */
    public S3Exception with(String name, String value) {
        List<Detail> more = new ArrayList<>(details);
        more.add(new Detail(name, value));
        return new S3Exception(code, getMessage(), more, deleteMarker);
    }

    /** Returns a copy that tells the client the addressed version is a delete marker. */
    public S3Exception onDeleteMarker(String versionId, Instant lastModified, String allowedMethod) {
        return new S3Exception(
                code, getMessage(), details, new DeleteMarkerContext(versionId, lastModified, allowedMethod));
    }

    public S3ErrorCode code() {
        return code;
    }

    public List<Detail> details() {
        return Collections.unmodifiableList(details);
    }

    public Optional<DeleteMarkerContext> deleteMarker() {
        return Optional.ofNullable(deleteMarker);
    }
}
