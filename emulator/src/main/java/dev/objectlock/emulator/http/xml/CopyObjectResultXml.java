package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** CopyObject response (and, under another root name, UploadPartCopy's CopyPartResult). */
@JacksonXmlRootElement(localName = "CopyObjectResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
// LastModified before ETag, as in the API reference examples of CopyObject and UploadPartCopy.
@JsonPropertyOrder({
    "LastModified",
    "ETag",
    "ChecksumType",
    "ChecksumCRC32",
    "ChecksumCRC32C",
    "ChecksumCRC64NVME",
    "ChecksumSHA1",
    "ChecksumSHA256"
})
public record CopyObjectResultXml(
        @JacksonXmlProperty(localName = "ETag") String etag,
        @JacksonXmlProperty(localName = "LastModified") String lastModified,
        @JacksonXmlProperty(localName = "ChecksumType") String checksumType,
        @JacksonXmlProperty(localName = "ChecksumCRC32") String checksumCrc32,
        @JacksonXmlProperty(localName = "ChecksumCRC32C") String checksumCrc32c,
        @JacksonXmlProperty(localName = "ChecksumCRC64NVME") String checksumCrc64nvme,
        @JacksonXmlProperty(localName = "ChecksumSHA1") String checksumSha1,
        @JacksonXmlProperty(localName = "ChecksumSHA256") String checksumSha256) {}
