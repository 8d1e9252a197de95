package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * ListObjects (v1, v2) and ListObjectVersions: prefix filtering, delimiter roll-up into common
 * prefixes, and pages of at most max-keys entries where a common prefix counts as one entry
 * (spec A.5).
 */
public final class ListingService {

    public static final int MAX_KEYS_LIMIT = 1000;
    private static final int BATCH = 1000;
    /** Sorts after every key that starts with a given prefix, so a scan can jump past a rolled-up prefix. */
    private static final String PAST_PREFIX = "\uffff";

    public record ListVersions(String bucket, String prefix, String delimiter, String keyMarker,
                               String versionIdMarker, int maxKeys) {
    }

    /** {@code next*} markers name the last entry returned and are set only when truncated (rule 10). */
    public record VersionPage(List<ListedVersion> versions, List<String> commonPrefixes, boolean truncated,
                              String nextKeyMarker, String nextVersionIdMarker) {
    }

    /** {@code startAfter} is exclusive: the marker of v1 and start-after or continuation of v2. */
    public record ListObjects(String bucket, String prefix, String delimiter, String startAfter, int maxKeys) {
    }

    /** {@code lastReturned} is the last key or common prefix on the page, for the next marker. */
    public record ObjectPage(List<ObjectVersion> objects, List<String> commonPrefixes, boolean truncated,
                             String lastReturned) {
    }

    private final Buckets buckets;
    private final ObjectVersionRepository versions;

    public ListingService(BucketRepository buckets, ObjectVersionRepository versions) {
        this.buckets = new Buckets(buckets);
        this.versions = versions;
    }

    public VersionPage listVersions(ListVersions request) {
        requireBucket(request.bucket());
        checkMaxKeys(request.maxKeys());
        if (request.versionIdMarker() != null && (request.keyMarker() == null || request.keyMarker().isEmpty())) {
            throw S3Exception.invalidArgument("A version-id marker cannot be specified without a key marker.",
                    "version-id-marker", request.versionIdMarker());
        }
        String afterKey = request.keyMarker();
        Long afterSequence = startSequence(request);
        Page<ListedVersion> page = paginate(request.prefix(), request.delimiter(), request.maxKeys(),
                new Cursor(afterKey, afterSequence),
                c -> versions.scanVersions(request.bucket(), request.prefix(), c.key(), c.sequence(), BATCH),
                v -> v.entry().key(), v -> new Cursor(v.entry().key(), v.entry().sequence()));
        String nextKey = null;
        String nextVersion = null;
        if (page.truncated()) {
            if (page.lastWasPrefix()) {
                nextKey = page.commonPrefixes().get(page.commonPrefixes().size() - 1);
            } else {
                ListedVersion last = page.items().get(page.items().size() - 1);
                nextKey = last.entry().key();
                nextVersion = last.entry().versionId().value();
            }
        }
        return new VersionPage(page.items(), page.commonPrefixes(), page.truncated(), nextKey, nextVersion);
    }

    /**
     * Where a listing resumes after key-marker + version-id-marker: just after that version. Our
     * generated ids carry their sequence, so this works even if the version has since been
     * deleted (AWS then continues with the next older version).
     */
    private Long startSequence(ListVersions request) {
        if (request.versionIdMarker() == null) {
            return null;
        }
        String marker = request.versionIdMarker();
        if (!VersionId.isWellFormed(marker)) {
            throw S3Exception.invalidArgument("Invalid version id specified", "version-id-marker", marker);
        }
        VersionId id = new VersionId(marker);
        if (!id.isNull()) {
            return id.embeddedSequence();
        }
        return versions.find(request.bucket(), request.keyMarker(), id)
                .map(e -> e.sequence())
                .orElse(Long.MAX_VALUE);
    }

    public ObjectPage listObjects(ListObjects request) {
        requireBucket(request.bucket());
        checkMaxKeys(request.maxKeys());
        Page<ObjectVersion> page = paginate(request.prefix(), request.delimiter(), request.maxKeys(),
                new Cursor(request.startAfter(), null),
                c -> versions.scanCurrentObjects(request.bucket(), request.prefix(), c.key(), BATCH),
                ObjectVersion::key, v -> new Cursor(v.key(), null));
        String last = null;
        if (page.lastWasPrefix()) {
            last = page.commonPrefixes().get(page.commonPrefixes().size() - 1);
        } else if (!page.items().isEmpty()) {
            last = page.items().get(page.items().size() - 1).key();
        }
        return new ObjectPage(page.items(), page.commonPrefixes(), page.truncated(), last);
    }

    private record Cursor(String key, Long sequence) {
    }

    private record Page<T>(List<T> items, List<String> commonPrefixes, boolean truncated, boolean lastWasPrefix) {
    }

    /**
     * Walks entries in listing order from {@code start}, rolling keys that contain the delimiter
     * after the prefix into one common prefix each, until max-keys entries are taken. Truncated
     * only when another entry exists beyond the page.
     */
    private static <T> Page<T> paginate(String prefix, String delimiter, int maxKeys, Cursor start,
                                        Function<Cursor, List<T>> fetch, Function<T, String> keyOf,
                                        Function<T, Cursor> cursorOf) {
        List<T> items = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        if (maxKeys == 0) {
            return new Page<>(items, prefixes, false, false);
        }
        String p = prefix == null ? "" : prefix;
        int taken = 0;
        boolean lastWasPrefix = false;
        Cursor cursor = start;
        if (start.key() != null && start.sequence() == null
                && commonPrefix(start.key(), p, delimiter).filter(start.key()::equals).isPresent()) {
            // Resuming after a page that ended on a common prefix: skip every key under it.
            cursor = new Cursor(start.key() + PAST_PREFIX, null);
        }
        while (true) {
            List<T> batch = fetch.apply(cursor);
            if (batch.isEmpty()) {
                return new Page<>(items, prefixes, false, lastWasPrefix);
            }
            Cursor next = null;
            for (T item : batch) {
                Optional<String> rolledUp = commonPrefix(keyOf.apply(item), p, delimiter);
                if (taken == maxKeys) {
                    return new Page<>(items, prefixes, true, lastWasPrefix);
                }
                taken++;
                if (rolledUp.isPresent()) {
                    prefixes.add(rolledUp.get());
                    lastWasPrefix = true;
                    next = new Cursor(rolledUp.get() + PAST_PREFIX, null);
                    break;
                }
                items.add(item);
                lastWasPrefix = false;
                cursor = cursorOf.apply(item);
            }
            if (next != null) {
                cursor = next;
            } else if (batch.size() < BATCH) {
                return new Page<>(items, prefixes, false, lastWasPrefix);
            }
        }
    }

    /** The common prefix a key rolls up into, if the delimiter occurs after the listing prefix. */
    static Optional<String> commonPrefix(String key, String prefix, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return Optional.empty();
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? Optional.empty() : Optional.of(key.substring(0, at + delimiter.length()));
    }

    private static void checkMaxKeys(int maxKeys) {
        if (maxKeys < 0) {
            throw S3Exception.invalidArgument("max-keys cannot be negative", "maxKeys", Integer.toString(maxKeys));
        }
    }

    private void requireBucket(String name) {
        buckets.require(name);
    }
}
