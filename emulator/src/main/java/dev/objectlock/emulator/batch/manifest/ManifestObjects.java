package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads manifest objects the way a GetObject does, through {@link ObjectService}, so a manifest
 * obeys the same rules as any other read (a delete marker, a missing version). Every S3 error
 * becomes a job failure ([C.7.1]).
 */
final class ManifestObjects {

    private final ObjectService objects;

    ManifestObjects(ObjectService objects) {
        this.objects = objects;
    }

    /**
     * Opens the manifest at {@code location} (its {@code ObjectVersionId} if given) after checking
     * that its ETag is the one CreateJob named; quotes are stripped on both sides, since the SDKs
     * hand out ETags quoted and users paste them either way ([C.7.1]).
     */
    InputStream openManifest(JobManifest.Location location, RequestAccess role) {
        Arns.ObjectArn arn = Arns.object(location.objectArn())
                .orElseThrow(() -> ManifestFailures.invalid(
                        "The manifest ObjectArn is not an S3 object ARN: " + location.objectArn()));
        ObjectService.ObjectRead read = get(arn.bucket(), arn.key(), location.objectVersionId(), role);
        String actual = unquoted(read.version().etag());
        String expected = unquoted(location.etag());
        if (!actual.equals(expected)) {
            close(read.body());
            throw ManifestFailures.etagMismatch(expected, actual);
        }
        return read.body();
    }

    /** Opens the current version of a data file an inventory manifest lists, gunzipped when it is gzip. */
    InputStream openDataFile(String bucket, String key, RequestAccess role) {
        InputStream body = get(bucket, key, null, role).body();
        try {
            return gunzipIfCompressed(body, key);
        } catch (IOException e) {
            close(body);
            throw ManifestFailures.invalid("Inventory data file " + key + " is not valid gzip");
        }
    }

    /**
     * Inventory data files are gzip-compressed ({@code .csv.gz}); a file is unpacked when its key
     * says so or when it starts with the gzip magic bytes 1f 8b, so a hand-made uncompressed test
     * inventory works too.
     */
    static InputStream gunzipIfCompressed(InputStream in, String key) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        boolean magic = b1 == 0x1f && b2 == 0x8b;
        return magic || key.endsWith(".gz") ? new GZIPInputStream(buffered) : buffered;
    }

    /** Strict UTF-8: a manifest with broken bytes fails rather than addressing mangled keys. */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** As the job's role: s3:GetObject, or s3:GetObjectVersion for a named version ([P80]). */
    private ObjectService.ObjectRead get(String bucket, String key, String versionId, RequestAccess role) {
        try {
            role.authorize(AccessRequest.object(OperationAccess.GET_OBJECT, bucket, key, versionId));
            return objects.get(
                    new ObjectService.GetObject(bucket, key, versionId, Conditions.none(), null, null, true));
        } catch (S3Exception e) {
            throw ManifestFailures.readFailed(e);
        }
    }

    static String unquoted(String etag) {
        String s = etag == null ? "" : etag.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
