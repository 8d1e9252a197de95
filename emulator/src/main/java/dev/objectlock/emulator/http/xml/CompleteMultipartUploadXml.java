package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** CompleteMultipartUpload request body: flattened {@code <Part>} entries. */
@JacksonXmlRootElement(localName = "CompleteMultipartUpload", namespace = XmlCodec.S3_NAMESPACE)
public record CompleteMultipartUploadXml(
        @JacksonXmlProperty(localName = "Part") List<PartXml> parts) {

    public record PartXml(
            @JacksonXmlProperty(localName = "PartNumber") Integer partNumber,
            @JacksonXmlProperty(localName = "ETag") String etag,
            @JacksonXmlProperty(localName = "ChecksumCRC32") String checksumCrc32,

            @JacksonXmlProperty(localName = "ChecksumCRC32C")
            String checksumCrc32c,

            @JacksonXmlProperty(localName = "ChecksumCRC64NVME")
            String checksumCrc64nvme,

            @JacksonXmlProperty(localName = "ChecksumSHA1") String checksumSha1,

            @JacksonXmlProperty(localName = "ChecksumSHA256")
            String checksumSha256) {

        /** Whichever checksum the part names (a request names at most one). */
        public String checksum() {
            for (String c :
                    new String[] {checksumCrc32, checksumCrc32c, checksumCrc64nvme, checksumSha1, checksumSha256}) {
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
    }
}
