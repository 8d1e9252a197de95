package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListObjects (v1) response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjects.html). */
class ListBucketResultXmlTest {

    private static final ListBucketResultXml AWS_EXAMPLE = new ListBucketResultXml(
            "example-bucket",
            "",
            "",
            null,
            1000,
            "/",
            null,
            false,
            List.of(new ObjectXml(
                    "sample.jpg",
                    "2011-02-26T01:56:20.000Z",
                    "\"bf1d737a4d46a19f3bced6905cc8b902\"",
                    null,
                    null,
                    142863,
                    new OwnerXml("canonical-user-id", null),
                    "STANDARD")),
            List.of(new CommonPrefixXml("photos/")));

    @Test
    void writesTheAwsExample() {
        String xml = write(AWS_EXAMPLE);

        assertSameXml(xml, golden("ListBucketResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesNextMarkerEncodingTypeAndChecksumMembersInAwsOrder() {
        String xml = write(new ListBucketResultXml(
                "quotes",
                "N",
                "Ned",
                "Nelson",
                1,
                "/",
                "url",
                true,
                List.of(new ObjectXml(
                        "Nelson",
                        "2006-01-01T12:00:00.000Z",
                        "\"828ef3fdfa96f00ad9f27c383fc9ac7f\"",
                        "CRC32",
                        "FULL_OBJECT",
                        5,
                        new OwnerXml("bcaf161ca5fb16fd081034f", null),
                        "STANDARD")),
                List.of()));

        assertSameXml(xml, golden("ListBucketResult_truncated"));
        assertS3Namespaced(xml);
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(XmlCodec.read(XmlCodec.write(AWS_EXAMPLE), ListBucketResultXml.class))
                .isEqualTo(AWS_EXAMPLE);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
