package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.http.xml.TaggingXml.TagXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PutObjectTagging request and GetObjectTagging response
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html, API_PutObjectTagging.html).
 */
class TaggingXmlTest {

    private static final List<TagXml> TAGS = List.of(new TagXml("tag1", "val1"), new TagXml("tag2", "val2"));

    @Test
    void writesTheAwsExample() {
        String xml = write(TaggingXml.of(TAGS));

        assertSameXml(xml, golden("Tagging_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesAnEmptyTagSet() {
        String xml = write(TaggingXml.of(List.of()));

        assertSameXml(xml, golden("Tagging_empty"));
        assertS3Namespaced(xml);
    }

    @Test
    void readsTheAwsRequestWithoutNamespace() {
        assertThat(read(golden("Tagging_request")).tags()).isEqualTo(TAGS);
    }

    @Test
    void readsTheNamespacedResponseShapeToo() {
        assertThat(read(golden("Tagging_awsExample")).tags()).isEqualTo(TAGS);
    }

    @Test
    void readsAnEmptyTagSetAsNoTags() {
        assertThat(read(golden("Tagging_empty")).tags()).isEmpty();
        assertThat(read("<Tagging/>").tags()).isEmpty();
    }

    @Test
    void readsAnEmptyValueAsTheEmptyString() {
        // Tag values may be empty (S3 User Guide, "Categorizing your storage using tags").
        assertThat(read("<Tagging><TagSet><Tag><Key>k</Key><Value></Value></Tag></TagSet></Tagging>")
                        .tags())
                .containsExactly(new TagXml("k", ""));
    }

    private static TaggingXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), TaggingXml.class);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
