package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The multipart upload documents, against the examples of their API reference pages
 * (CreateMultipartUpload, CompleteMultipartUpload, UploadPartCopy, ListParts, ListMultipartUploads).
 */
class MultipartXmlTest {

    private static final OwnerXml OWNER =
            new OwnerXml("75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a", null);
    private static final ChecksumValuesXml NO_CHECKSUM = ChecksumValuesXml.of(null, null);

    @Test
    void initiateMultipartUploadResult() {
        String xml = write(new InitiateMultipartUploadResultXml(
                "example-bucket", "example-object", "VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"));
        assertSameXml(xml, golden("InitiateMultipartUploadResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void readsCompleteMultipartUploadRequests() {
        CompleteMultipartUploadXml request =
                XmlCodec.read(bytes(golden("CompleteMultipartUpload_awsExample")), CompleteMultipartUploadXml.class);
        assertThat(request.parts())
                .extracting(CompleteMultipartUploadXml.PartXml::partNumber)
                .containsExactly(1, 2, 3);
        assertThat(request.parts().get(0).etag()).isEqualTo("\"a54357aff0632cce46d942af68356b38\"");
        assertThat(request.parts().get(0).checksum()).isNull();

        CompleteMultipartUploadXml withChecksum =
                XmlCodec.read(bytes(golden("CompleteMultipartUpload_withChecksum")), CompleteMultipartUploadXml.class);
        assertThat(withChecksum.parts().get(0).checksum()).isEqualTo("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=");
    }

    @Test
    void completeMultipartUploadResult() {
        String xml = write(new CompleteMultipartUploadResultXml(
                "/example-bucket/example-object",
                "example-bucket",
                "example-object",
                "\"3858f62230ac3c915f300c664312c11f-9\"",
                ChecksumValuesXml.of(ChecksumAlgorithm.CRC64NVME, "AAAAAAAAAAA="),
                "FULL_OBJECT"));
        assertSameXml(xml, golden("CompleteMultipartUploadResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void copyPartResult() {
        String xml = write(
                new CopyPartResultXml("\"b20b0f6c4a0e8d3c63a18b7f4a5dcb3c\"", "2009-10-28T22:32:00.000Z", NO_CHECKSUM));
        assertSameXml(xml, golden("CopyPartResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void listPartsResult() {
        String xml = write(new ListPartsResultXml(
                "example-bucket",
                "example-object",
                "XXBsb2FkIElEIGZvciBlbHZpbmcncyVcdS1tb3ZpZS5tMnRzEEEwbG9hZA",
                1,
                3,
                2,
                true,
                List.of(
                        new ListPartsResultXml.PartXml(
                                2,
                                "2010-11-10T20:48:34.000Z",
                                "\"7778aef83f66abc1fa1e8477f296d394\"",
                                10485760,
                                NO_CHECKSUM),
                        new ListPartsResultXml.PartXml(
                                3,
                                "2010-11-10T20:48:33.000Z",
                                "\"aaaa18db4cc2f85cedef654fccc4a4x8\"",
                                10485760,
                                NO_CHECKSUM)),
                OWNER,
                OWNER,
                "STANDARD",
                null,
                null));
        assertSameXml(xml, golden("ListPartsResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void listMultipartUploadsResult() {
        OwnerXml owner = new OwnerXml("314133b66967d86f031c7249d1d9a80249109428335cd0ef1cdc487b4566cb1b", null);
        String uploadId = "Xgw4MJT6ZPAVxpY0SAuGN7q4uWJJM22ZYg1W99trdp4tpO88.PT6.MhO0w2E17eutfAvQfQWoajgE_W2gpcxQw--";
        String xml = write(new ListMultipartUploadsResultXml(
                "example-bucket",
                "",
                "",
                "sample.jpg",
                uploadId,
                "/",
                "",
                1000,
                true,
                List.of(new ListMultipartUploadsResultXml.UploadXml(
                        "sample.jpg", uploadId, owner, owner, "STANDARD", "2010-11-26T19:24:17.000Z", null, null)),
                List.of(new CommonPrefixXml("photos/"), new CommonPrefixXml("videos/")),
                null));
        assertSameXml(xml, golden("ListMultipartUploadsResult_awsExample"));
        assertS3Namespaced(xml);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
