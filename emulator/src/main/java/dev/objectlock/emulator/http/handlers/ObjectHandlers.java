package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.service.LifecycleConfigurationService;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.AclHeaders;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.WireFormats;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.DeleteResultXml;
import dev.objectlock.emulator.http.xml.DeleteXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PutObject, GetObject, HeadObject, DeleteObject and DeleteObjects. */
public final class ObjectHandlers {

    /** DeleteObjects takes at most 1,000 keys (DeleteObjects API reference). */
    private static final int MAX_DELETE_KEYS = 1000;
    /** The response-* query parameters of GetObject and HeadObject, and the header each overrides. */
    private static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-language", "Content-Language",
            "response-expires", "Expires",
            "response-cache-control", "Cache-Control",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding");

    private final ObjectService objects;
    private final ObjectDeletionService deletions;
    private final LifecycleConfigurationService lifecycle;

    public ObjectHandlers(
            ObjectService objects, ObjectDeletionService deletions, LifecycleConfigurationService lifecycle) {
        this.objects = objects;
        this.deletions = deletions;
        this.lifecycle = lifecycle;
    }

    /**
     * {@code x-amz-expiration: expiry-date="<HTTP date>", rule-id="<id>"} when an Expiration rule
     * applies to the object [R96].
     */
    private void expirationHeader(S3Exchange ex, long size, Map<String, String> tags, Instant created) {
        LifecycleHeaders.expiration(ex, lifecycle.expiry(ex.bucket(), ex.key(), size, tags, created));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
    public void putObject(S3Exchange ex) {
        ObjectService.NewObject object = newObject(ex);
        ObjectService.Written written = objects.put(new ObjectService.PutObject(
                ex.bucket(),
                ex.key(),
                object,
                lockHeaders(ex),
                RequestPayloads.open(ex.body(), ex::header, ex.bodyCheck()),
                writeConditions(ex)));
        writtenHeaders(ex, written);
        expirationHeader(ex, written.size(), object.tags(), written.lastModified());
        ex.empty(200);
    }

    private static Integer partNumber(S3Exchange ex) {
        String raw = ex.query("partNumber");
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw S3Exception.invalidArgument(
                    "Part number must be an integer between 1 and 10000, inclusive", "partNumber", raw);
        }
    }

    /** If-Match / If-None-Match of a write; the date conditions apply to reads only. */
    static Conditions writeConditions(S3Exchange ex) {
        return new Conditions(ex.header("If-Match"), ex.header("If-None-Match"), null, null);
    }

    /** The content headers, user metadata, tags and ACL a write request gives its new version. */
    static ObjectService.NewObject newObject(S3Exchange ex) {
        String contentType = ex.header("Content-Type");
        ContentHeaders content = new ContentHeaders(
                contentType == null || contentType.isEmpty() ? ContentHeaders.DEFAULT_CONTENT_TYPE : contentType,
                storedContentEncoding(ex.header("Content-Encoding")),
                ex.header("Content-Disposition"),
                ex.header("Content-Language"),
                ex.header("Cache-Control"),
                ex.header("Expires"));
        return ObjectService.NewObject.fromRequest(
                content,
                ex.userMetadata(),
                WireFormats.parseTaggingHeader(ex.header(S3Headers.TAGGING)),
                AclHeaders.read(ex));
    }

    /** The version's Object Lock state, as GET and HEAD report it ([B.10]). */
    private static void lockHeaders(S3Exchange ex, ObjectLock lock) {
        if (lock.retention() != null) {
            ex.responseHeader(
                    S3Headers.OBJECT_LOCK_MODE, lock.retention().mode().name());
            ex.responseHeader(
                    S3Headers.OBJECT_LOCK_RETAIN_UNTIL_DATE,
                    XmlCodec.timestamp(lock.retention().retainUntil()));
        }
        if (lock.legalHold() != null) {
            ex.responseHeader(S3Headers.OBJECT_LOCK_LEGAL_HOLD, lock.legalHold().name());
        }
    }

    static LockHeaders lockHeaders(S3Exchange ex) {
        return new LockHeaders(
                ex.header(S3Headers.OBJECT_LOCK_MODE),
                ex.header(S3Headers.OBJECT_LOCK_RETAIN_UNTIL_DATE),
                ex.header(S3Headers.OBJECT_LOCK_LEGAL_HOLD));
    }

    /** aws-chunked is transfer framing, not a property of the object: S3 drops it from the stored encoding. */
    private static String storedContentEncoding(String header) {
        if (header == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String part : header.split(",")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equalsIgnoreCase("aws-chunked")) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    static void writtenHeaders(S3Exchange ex, ObjectService.Written written) {
        ex.responseHeader("ETag", S3Headers.quoted(written.etag()));
        ex.responseHeader(S3Headers.SERVER_SIDE_ENCRYPTION, S3Headers.SSE_S3);
        if (written.versionId() != null) {
            ex.responseHeader(S3Headers.VERSION_ID, written.versionId().value());
        }
        checksumHeaders(ex, written.checksum());
    }

    private static void checksumHeaders(S3Exchange ex, Checksum checksum) {
        if (checksum != null) {
            ex.responseHeader(S3Headers.CHECKSUM_PREFIX + checksum.algorithm().headerSuffix(), checksum.value());
            ex.responseHeader(S3Headers.CHECKSUM_TYPE, checksum.type().name());
        }
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html (HEAD shares it). */
    public void getObject(S3Exchange ex) {
        ObjectService.ObjectRead read = objects.get(new ObjectService.GetObject(
                ex.bucket(),
                ex.key(),
                ex.query("versionId"),
                ex.conditions(""),
                S3Headers.parseRange(ex.header("Range")),
                partNumber(ex),
                ex.method().equals("GET")));
        ObjectVersion v = read.version();
        ex.responseHeader("Last-Modified", S3Headers.httpDate(v.lastModified()))
                .responseHeader("ETag", S3Headers.quoted(v.etag()))
                .responseHeader(S3Headers.SERVER_SIDE_ENCRYPTION, S3Headers.SSE_S3)
                .responseHeader("Accept-Ranges", "bytes")
                .responseHeader("Content-Encoding", v.content().contentEncoding())
                .responseHeader("Content-Disposition", v.content().contentDisposition())
                .responseHeader("Content-Language", v.content().contentLanguage())
                .responseHeader("Cache-Control", v.content().cacheControl())
                .responseHeader("Expires", v.content().expires());
        if (read.announceVersionId()) {
            ex.responseHeader(S3Headers.VERSION_ID, v.versionId().value());
        }
        v.userMetadata().forEach((name, value) -> ex.responseHeader(S3Headers.META_PREFIX + name, value));
        if (!v.tags().isEmpty() && ex.method().equals("GET")) {
            ex.responseHeader(S3Headers.TAGGING_COUNT, Integer.toString(v.tags().size()));
        }
        // Only for a part request, as AWS answers (moto #4839 and ceph #66764 recorded it against S3).
        if (v.partsCount() != null && ex.hasQuery("partNumber")) {
            ex.responseHeader(S3Headers.MP_PARTS_COUNT, v.partsCount().toString());
        }
        lockHeaders(ex, v.lock());
        ex.responseHeader(S3Headers.REPLICATION_STATUS, v.replicationStatusHeader());
        if (ex.query("versionId") == null) {
            // a read naming a version id gets none, even of the current version (AWS-recorded) [R97]
            expirationHeader(ex, v.size(), v.tags(), v.lastModified());
        }
        if ("ENABLED".equalsIgnoreCase(ex.header(S3Headers.CHECKSUM_MODE)) && read.range() == null) {
            checksumHeaders(ex, v.checksum());
        }
        String contentType = v.content().contentType();
        // GetObject and HeadObject API reference: both take the response-* overrides.
        for (Map.Entry<String, String> o : RESPONSE_OVERRIDES.entrySet()) {
            String value = ex.query(o.getKey());
            if (value != null) {
                if (o.getValue().equals("Content-Type")) {
                    contentType = value;
                } else {
                    ex.responseHeader(o.getValue(), value);
                }
            }
        }
        if (read.range() == null) {
            ex.stream(200, contentType, v.size(), read.body());
            return;
        }
        var r = read.range();
        ex.responseHeader("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + r.size());
        ex.stream(206, contentType, r.length(), read.body());
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html */
    public void deleteObject(S3Exchange ex) {
        ObjectDeletionService.Deleted deleted = deletions.delete(new ObjectDeletionService.DeleteObject(
                ex.bucket(),
                ex.key(),
                ex.query("versionId"),
                S3Headers.parseBoolean(S3Headers.BYPASS_GOVERNANCE, ex.header(S3Headers.BYPASS_GOVERNANCE)),
                ex.header("If-Match")));
        if (deleted.deleteMarker()) {
            ex.responseHeader(S3Headers.DELETE_MARKER, "true");
        }
        if (deleted.versionId() != null) {
            ex.responseHeader(S3Headers.VERSION_ID, deleted.versionId().value());
        }
        ex.empty(204);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html */
    public void deleteObjects(S3Exchange ex) {
        byte[] body = SmallPayloads.read(
                RequestPayloads.openRequiringChecksum(ex.body(), ex::header, ex.bodyCheck()), 2 << 20);
        if (body.length == 0) {
            throw S3Exception.of(S3ErrorCode.MISSING_REQUEST_BODY);
        }
        DeleteXml request = XmlCodec.read(body, DeleteXml.class);
        if (request.objects() == null
                || request.objects().isEmpty()
                || request.objects().size() > MAX_DELETE_KEYS) {
            throw S3Exception.malformedXml();
        }
        List<ObjectDeletionService.DeleteObjectsEntry> entries = request.objects().stream()
                .map(o -> new ObjectDeletionService.DeleteObjectsEntry(o.key(), o.versionId(), o.etag()))
                .toList();
        Boolean bypass = S3Headers.parseBoolean(S3Headers.BYPASS_GOVERNANCE, ex.header(S3Headers.BYPASS_GOVERNANCE));
        List<ObjectDeletionService.DeleteOutcome> outcomes =
                deletions.deleteMany(ex.bucket(), entries, bypass, ex.access());
        boolean quiet = Boolean.TRUE.equals(request.quiet());
        List<DeleteResultXml.DeletedXml> deleted = new ArrayList<>();
        List<DeleteResultXml.ErrorXml> errors = new ArrayList<>();
        for (ObjectDeletionService.DeleteOutcome o : outcomes) {
            if (o.error() != null) {
                errors.add(new DeleteResultXml.ErrorXml(
                        o.entry().key(),
                        o.entry().versionId(),
                        o.error().code().code(),
                        o.error().getMessage()));
            } else if (!quiet) {
                deleted.add(deletedXml(o.entry(), o.deleted()));
            }
        }
        ex.xml(new DeleteResultXml(deleted, errors));
    }

    /** The Deleted entry shapes of [A.6]: new marker, removed version, removed marker. */
    private static DeleteResultXml.DeletedXml deletedXml(
            ObjectDeletionService.DeleteObjectsEntry entry, ObjectDeletionService.Deleted d) {
        String id = d.versionId() == null ? null : d.versionId().value();
        if (entry.versionId() == null) {
            return d.deleteMarker()
                    ? new DeleteResultXml.DeletedXml(entry.key(), null, true, id)
                    : new DeleteResultXml.DeletedXml(entry.key(), null, null, null);
        }
        return d.deleteMarker()
                ? new DeleteResultXml.DeletedXml(entry.key(), id, true, id)
                : new DeleteResultXml.DeletedXml(entry.key(), id, null, null);
    }

    static String versionHeader(VersionId id) {
        return id == null ? null : id.value();
    }
}
