package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.http.xml.ListAllMyBucketsResultXml.BucketXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListBuckets response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html). */
class ListAllMyBucketsResultXmlTest {

    private static final String OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

    private static final ListAllMyBucketsResultXml AWS_EXAMPLE = ListAllMyBucketsResultXml.of(
            new OwnerXml("bcaf1ffd86f461ca5fb16fd081034f", "webfile"),
            List.of(
                    new BucketXml("quotes", "2006-02-03T16:45:09.000Z", null),
                    new BucketXml("samples", "2006-02-03T16:41:58.000Z", null)));

    @Test
    void writesTheAwsExample() {
        String xml = write(AWS_EXAMPLE);

        assertSameXml(xml, golden("ListAllMyBucketsResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesOwnerIdOnlyAndBucketRegion() {
        String xml = write(ListAllMyBucketsResultXml.of(
                new OwnerXml(OWNER_ID, null),
                List.of(
                        new BucketXml("amzn-s3-demo-bucket", "2019-12-11T23:32:47.000Z", "us-east-1"),
                        new BucketXml("amzn-s3-demo-bucket2", "2019-11-10T23:32:13.000Z", "eu-west-1"))));

        assertSameXml(xml, golden("ListAllMyBucketsResult_bucketRegion"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesTheContinuationTokenAndPrefixOfAPagedListing() {
        String xml = write(ListAllMyBucketsResultXml.of(
                new OwnerXml(OWNER_ID, null),
                List.of(new BucketXml("amzn-s3-demo-bucket", "2019-12-11T23:32:47.000Z", "us-east-1")),
                "YW16bi1zMy1kZW1vLWJ1Y2tldA",
                "amzn-s3-demo"));

        assertSameXml(xml, golden("ListAllMyBucketsResult_paged"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesAnEmptyBucketsElementWhenThereAreNoBuckets() {
        String xml = write(ListAllMyBucketsResultXml.of(new OwnerXml(OWNER_ID, null), List.of()));

        assertSameXml(xml, golden("ListAllMyBucketsResult_noBuckets"));
    }

    @Test
    void readsBackWhatItWrites() {
        ListAllMyBucketsResultXml parsed = XmlCodec.read(XmlCodec.write(AWS_EXAMPLE), ListAllMyBucketsResultXml.class);

        assertThat(parsed).isEqualTo(AWS_EXAMPLE);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
