package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3ControlNamespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PutJobTagging request and GetJobTagging response ([C.8]; botocore-s3c S3TagSet, a {@code <member>} list). */
class JobTaggingXmlTest {

    private static final List<S3TagXml> TAGS =
            List.of(new S3TagXml("team", "records"), new S3TagXml("cost-centre", "42"));

    @Test
    void readsPutJobTagging() {
        assertThat(read(golden("PutJobTaggingRequest_twoTags")).tags().members())
                .isEqualTo(TAGS);
    }

    @Test
    void readsTheSdksEmptyTagsAsAnEmptySet() {
        // The SDK sends <Tags></Tags> for an empty list: present and empty, which removes every tag.
        assertThat(read(golden("PutJobTaggingRequest_sdkEmpty")).tags().members())
                .isEmpty();
    }

    @Test
    void readsAMissingTagsElementAsAbsent() {
        assertThat(read("<PutJobTaggingRequest/>").tags()).isNull();
    }

    @Test
    void writesGetJobTagging() {
        String xml = write(new GetJobTaggingResultXml(MemberListXml.of(TAGS)));

        assertSameXml(xml, golden("GetJobTaggingResult_twoTags"));
        assertS3ControlNamespaced(xml);
    }

    @Test
    void writesAnEmptyTagsElementForAJobWithoutTags() {
        String xml = write(new GetJobTaggingResultXml(MemberListXml.of(List.of())));

        assertSameXml(xml, golden("GetJobTaggingResult_empty"));
        assertS3ControlNamespaced(xml);
    }

    private static PutJobTaggingRequestXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), PutJobTaggingRequestXml.class);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
