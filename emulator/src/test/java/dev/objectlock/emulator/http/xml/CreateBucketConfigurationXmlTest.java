package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CreateBucket request body (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html). */
class CreateBucketConfigurationXmlTest {

    @Test
    void readsTheAwsExample() {
        CreateBucketConfigurationXml parsed = read(golden("CreateBucketConfiguration_awsExample"));

        assertThat(parsed.locationConstraint()).isEqualTo("EU");
    }

    @Test
    void readsABodyWithoutTheNamespace() {
        // [0.3]: parse leniently, with or without the namespace.
        CreateBucketConfigurationXml parsed = read(golden("CreateBucketConfiguration_noNamespace"));

        assertThat(parsed.locationConstraint()).isEqualTo("eu-west-1");
    }

    @Test
    void writesWhatItReads() {
        String xml = new String(XmlCodec.write(new CreateBucketConfigurationXml("EU")), StandardCharsets.UTF_8);

        assertSameXml(xml, golden("CreateBucketConfiguration_awsExample"));
    }

    private static CreateBucketConfigurationXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), CreateBucketConfigurationXml.class);
    }
}
