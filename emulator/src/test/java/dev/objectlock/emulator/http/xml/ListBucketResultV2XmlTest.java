package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListObjectsV2 response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html). */
class ListBucketResultV2XmlTest {

    @Test
    void writesStartAfterAndKeyCountWhereAwsDoes() {
        String xml = write(new ListBucketResultV2Xml(
                "quotes",
                "E",
                3,
                1,
                null,
                null,
                false,
                null,
                null,
                "ExampleGuide.pdf",
                List.of(new ObjectXml(
                        "ExampleObject.txt",
                        "2013-09-17T18:07:53.000Z",
                        "\"599bab3ed2c697f1d26842727561fd94\"",
                        null,
                        null,
                        857,
                        null,
                        "REDUCED_REDUNDANCY")),
                List.of()));

        assertSameXml(xml, golden("ListBucketResultV2_startAfter"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesContentsThenCommonPrefixes() {
        String xml = write(new ListBucketResultV2Xml(
                "example-bucket",
                "",
                1000,
                2,
                "/",
                null,
                false,
                null,
                null,
                null,
                List.of(new ObjectXml(
                        "sample.jpg",
                        "2011-02-26T01:56:20.000Z",
                        "\"bf1d737a4d46a19f3bced6905cc8b902\"",
                        null,
                        null,
                        142863,
                        null,
                        "STANDARD")),
                List.of(new CommonPrefixXml("photos/"))));

        assertSameXml(xml, golden("ListBucketResultV2_delimiter"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesContinuationTokensAfterPrefix() {
        String xml = write(new ListBucketResultV2Xml(
                "bucket",
                "",
                1,
                1,
                "/",
                "url",
                true,
                "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=",
                "aGFwcHlmYWNlLmpwZw",
                null,
                List.of(new ObjectXml(
                        "happyface.jpg",
                        "2014-11-21T19:40:05.000Z",
                        "\"70ee1738b6b21e2c8a43f3a5ab0eee71\"",
                        null,
                        null,
                        11,
                        null,
                        "STANDARD")),
                List.of()));

        assertSameXml(xml, golden("ListBucketResultV2_continuation"));
        assertS3Namespaced(xml);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
