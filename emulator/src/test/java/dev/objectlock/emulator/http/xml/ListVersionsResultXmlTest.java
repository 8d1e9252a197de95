package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import dev.objectlock.emulator.http.xml.ListVersionsResultXml.DeleteMarkerXml;
import dev.objectlock.emulator.http.xml.ListVersionsResultXml.EntryXml;
import dev.objectlock.emulator.http.xml.ListVersionsResultXml.VersionXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ListObjectVersions response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html).
 * The record is written only (it is never read from a request), so these tests go one way.
 */
class ListVersionsResultXmlTest {

    private static final OwnerXml OWNER =
            new OwnerXml("75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a", null);
    private static final String ETAG_217 = "\"396fefef536d5ce46c7537ecf978a360\"";

    @Test
    void interleavesVersionsAndDeleteMarkersInListingOrder() {
        // AWS example for key-marker=key2: Version, DeleteMarker, Version ([A.2] notes, [A.5.1]).
        List<EntryXml> entries = List.of(
                version("key3", "I5VhmK6CDDdQ5Pwfe1gcHZWmHDpcv7gfmfc29UBxsKU.", true, "2009-12-09T00:19:04.000Z"),
                new DeleteMarkerXml(
                        "sourcekey",
                        "qDhprLU80sAlCFLu2DWgXAEDgKzWarn-HS_JU0TvYqs.",
                        true,
                        "2009-12-10T16:38:11.000Z",
                        OWNER),
                version(
                        "sourcekey",
                        "wxxQ7ezLaL5JN2Sislq66Syxxo0k7uHTUpb9qiiMxNg.",
                        false,
                        "2009-12-10T16:37:44.000Z"));

        String xml = write(new ListVersionsResultXml(
                "mtp-versioning-fresh", null, "key2", null, null, null, 1000, null, null, false, entries, List.of()));

        assertSameXml(xml, golden("ListVersionsResult_keyMarker"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesNextMarkersWhenTruncated() {
        List<EntryXml> entries = List.of(
                version("key3", "8XECiENpj8pydEDJdd-_VRrvaGKAHOaGMNW7tg6UViI.", false, "2009-12-09T00:18:23.000Z"),
                version("key3", "d-d309mfjFri40QYukDozqBt3UmoQ0DBsVqmcMV15OI.", false, "2009-12-09T00:18:08.000Z"));

        String xml = write(new ListVersionsResultXml(
                "mtp-versioning-fresh",
                "",
                "key3",
                "null",
                "key3",
                "d-d309mfjFrUmoQ0DBsVqmcMV15OI.",
                3,
                null,
                null,
                true,
                entries,
                List.of()));

        assertSameXml(xml, golden("ListVersionsResult_truncated"));
    }

    @Test
    void writesCommonPrefixesAfterTheEntries() {
        VersionXml sample = new VersionXml(
                "Sample.jpg",
                "toxMzQlBsGyGCz1YuMWMp90cdXLzqOCH",
                true,
                "2011-02-02T18:46:20.000Z",
                "\"3305f2cfc46c0f04559748bb039d69ae\"",
                3191,
                new OwnerXml("852b113e7a2f25102679df27bb0ae12b3f85be6f290b936c4393484be31bebcc", "display-name"),
                "STANDARD",
                null,
                null);

        String xml = write(new ListVersionsResultXml(
                "mvbucketwithversionon1",
                null,
                null,
                null,
                null,
                null,
                1000,
                "/",
                null,
                false,
                List.of(sample),
                List.of(new CommonPrefixXml("photos/"), new CommonPrefixXml("videos/"))));

        assertSameXml(xml, golden("ListVersionsResult_delimiter"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesOnlyCommonPrefixesWhenEveryKeyRollsUp() {
        String xml = write(new ListVersionsResultXml(
                "example-bucket",
                "photos/2006/",
                null,
                null,
                null,
                null,
                1000,
                "/",
                null,
                false,
                List.of(),
                List.of(
                        new CommonPrefixXml("photos/2006/February/"),
                        new CommonPrefixXml("photos/2006/January/"),
                        new CommonPrefixXml("photos/2006/March/"))));

        assertSameXml(xml, golden("ListVersionsResult_commonPrefixesOnly"));
    }

    @Test
    void writesEveryOptionalElementInAwsOrder() {
        List<EntryXml> entries = List.of(
                new VersionXml(
                        "dir/k",
                        "AAAAAAAAAAegS53zabD7XTvkrwbjMnXl",
                        true,
                        "2024-01-01T00:00:00.000Z",
                        "\"acbd18db4cc2f85cedef654fccc4a4d8\"",
                        3,
                        OWNER,
                        "STANDARD",
                        null,
                        null),
                new VersionXml(
                        "dir/k",
                        "null",
                        false,
                        "2023-12-31T23:59:59.999Z",
                        "\"37b51d194a7513e45b56f6524f2d51f2\"",
                        3,
                        OWNER,
                        "STANDARD",
                        null,
                        null),
                new DeleteMarkerXml(
                        "dir/k", "AAAAAAAAAAcgS53zabD7XTvkrwbjMnXl", false, "2023-12-31T00:00:00.000Z", OWNER));

        String xml = write(new ListVersionsResultXml(
                "bucket",
                "dir/",
                null,
                null,
                "dir/k",
                "AAAAAAAAAAcgS53zabD7XTvkrwbjMnXl",
                3,
                "/",
                "url",
                true,
                entries,
                List.of()));

        assertSameXml(xml, golden("ListVersionsResult_allElements"));
        assertS3Namespaced(xml);
    }

    @Test
    void omitsEntriesOfAnEmptyListingButKeepsTheMarkers() {
        String xml = write(new ListVersionsResultXml(
                "bucket", null, null, null, null, null, 1000, null, null, false, List.of(), List.of()));

        assertSameXml(xml, golden("ListVersionsResult_empty"));
        assertS3Namespaced(xml);
    }

    private static VersionXml version(String key, String id, boolean latest, String lastModified) {
        return new VersionXml(key, id, latest, lastModified, ETAG_217, 217, OWNER, "STANDARD", null, null);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
