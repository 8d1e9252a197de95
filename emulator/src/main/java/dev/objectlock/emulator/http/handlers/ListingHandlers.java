package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.WireFormats;
import dev.objectlock.emulator.http.xml.CommonPrefixXml;
import dev.objectlock.emulator.http.xml.ListBucketResultV2Xml;
import dev.objectlock.emulator.http.xml.ListBucketResultXml;
import dev.objectlock.emulator.http.xml.ListVersionsResultXml;
import dev.objectlock.emulator.http.xml.ObjectXml;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.util.List;
import java.util.function.UnaryOperator;

/** ListObjects, ListObjectsV2 and ListObjectVersions. */
public final class ListingHandlers {

    private final ListingService listings;
    private final OwnerXml owner;

    public ListingHandlers(ListingService listings, OwnerXml owner) {
        this.listings = listings;
        this.owner = owner;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html */
    public void listObjectVersions(S3Exchange ex) {
        UnaryOperator<String> enc = encoder(ex);
        int maxKeys = maxKeys(ex);
        ListingService.VersionPage page = listings.listVersions(new ListingService.ListVersions(
                ex.bucket(),
                ex.query("prefix"),
                ex.query("delimiter"),
                ex.query("key-marker"),
                ex.query("version-id-marker"),
                maxKeys));
        List<ListVersionsResultXml.EntryXml> entries =
                page.versions().stream().map(this::entry).toList();
        ex.xml(new ListVersionsResultXml(
                ex.bucket(),
                enc.apply(ex.query("prefix")),
                enc.apply(ex.query("key-marker")),
                ex.query("version-id-marker"),
                enc.apply(page.nextKeyMarker()),
                page.nextVersionIdMarker(),
                maxKeys,
                enc.apply(ex.query("delimiter")),
                ex.query("encoding-type"),
                page.truncated(),
                entries.stream().map(e -> encodeKey(e, enc)).toList(),
                prefixes(page.commonPrefixes(), enc)));
    }

    private ListVersionsResultXml.EntryXml entry(ListedVersion listed) {
        if (listed.entry() instanceof DeleteMarker m) {
            return new ListVersionsResultXml.DeleteMarkerXml(
                    m.key(), m.versionId().value(), listed.latest(), XmlCodec.timestamp(m.lastModified()), owner);
        }
        ObjectVersion v = (ObjectVersion) listed.entry();
        return new ListVersionsResultXml.VersionXml(
                v.key(),
                v.versionId().value(),
                listed.latest(),
                XmlCodec.timestamp(v.lastModified()),
                S3Headers.quoted(v.etag()),
                v.size(),
                owner,
                ObjectVersion.STORAGE_CLASS,
                v.checksum() == null ? null : v.checksum().algorithm().name(),
                v.checksum() == null ? null : v.checksum().type().name());
    }

    private static ListVersionsResultXml.EntryXml encodeKey(
            ListVersionsResultXml.EntryXml e, UnaryOperator<String> enc) {
        if (e instanceof ListVersionsResultXml.VersionXml v) {
            return new ListVersionsResultXml.VersionXml(
                    enc.apply(v.key()),
                    v.versionId(),
                    v.latest(),
                    v.lastModified(),
                    v.etag(),
                    v.size(),
                    v.owner(),
                    v.storageClass(),
                    v.checksumAlgorithm(),
                    v.checksumType());
        }
        ListVersionsResultXml.DeleteMarkerXml m = (ListVersionsResultXml.DeleteMarkerXml) e;
        return new ListVersionsResultXml.DeleteMarkerXml(
                enc.apply(m.key()), m.versionId(), m.latest(), m.lastModified(), m.owner());
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjects.html */
    public void listObjects(S3Exchange ex) {
        UnaryOperator<String> enc = encoder(ex);
        int maxKeys = maxKeys(ex);
        String marker = ex.query("marker");
        ListingService.ObjectPage page = listings.listObjects(new ListingService.ListObjects(
                ex.bucket(), ex.query("prefix"), ex.query("delimiter"), marker, maxKeys));
        String nextMarker = page.truncated() && ex.query("delimiter") != null ? page.lastReturned() : null;
        ex.xml(new ListBucketResultXml(
                ex.bucket(),
                WireFormats.orEmpty(enc.apply(ex.query("prefix"))),
                WireFormats.orEmpty(enc.apply(marker)),
                enc.apply(nextMarker),
                maxKeys,
                enc.apply(ex.query("delimiter")),
                ex.query("encoding-type"),
                page.truncated(),
                objects(page.objects(), owner, enc),
                prefixes(page.commonPrefixes(), enc)));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html */
    public void listObjectsV2(S3Exchange ex) {
        UnaryOperator<String> enc = encoder(ex);
        int maxKeys = maxKeys(ex);
        String token = ex.query("continuation-token");
        String startAfter = ex.query("start-after");
        String after = token != null ? ListingTokens.decode(token) : startAfter;
        ListingService.ObjectPage page = listings.listObjects(
                new ListingService.ListObjects(ex.bucket(), ex.query("prefix"), ex.query("delimiter"), after, maxKeys));
        boolean fetchOwner = "true".equals(ex.query("fetch-owner"));
        // AWS names the bucket's region on ListObjectsV2 as on HeadBucket [R102].
        ex.responseHeader(S3Headers.BUCKET_REGION, page.bucketRegion());
        ex.xml(new ListBucketResultV2Xml(
                ex.bucket(),
                WireFormats.orEmpty(enc.apply(ex.query("prefix"))),
                maxKeys,
                page.objects().size() + page.commonPrefixes().size(),
                enc.apply(ex.query("delimiter")),
                ex.query("encoding-type"),
                page.truncated(),
                token,
                page.truncated() ? ListingTokens.encode(page.lastReturned()) : null,
                enc.apply(startAfter),
                objects(page.objects(), fetchOwner ? owner : null, enc),
                prefixes(page.commonPrefixes(), enc)));
    }

    private static List<ObjectXml> objects(List<ObjectVersion> versions, OwnerXml owner, UnaryOperator<String> enc) {
        return versions.stream()
                .map(v -> new ObjectXml(
                        enc.apply(v.key()),
                        XmlCodec.timestamp(v.lastModified()),
                        S3Headers.quoted(v.etag()),
                        v.checksum() == null ? null : v.checksum().algorithm().name(),
                        v.checksum() == null ? null : v.checksum().type().name(),
                        v.size(),
                        owner,
                        ObjectVersion.STORAGE_CLASS))
                .toList();
    }

    private static List<CommonPrefixXml> prefixes(List<String> prefixes, UnaryOperator<String> enc) {
        return prefixes.stream().map(p -> new CommonPrefixXml(enc.apply(p))).toList();
    }

    /** encoding-type=url percent-encodes keys and prefixes in the response; nothing else is allowed ([A.5]). */
    private static UnaryOperator<String> encoder(S3Exchange ex) {
        String type = ex.query("encoding-type");
        if (type == null) {
            return UnaryOperator.identity();
        }
        if (!type.equals("url")) {
            throw S3Exception.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", type);
        }
        return WireFormats::urlEncode;
    }

    private static int maxKeys(S3Exchange ex) {
        return Math.min(ex.intQuery("max-keys", ListingService.MAX_KEYS_LIMIT), ListingService.MAX_KEYS_LIMIT);
    }
}
