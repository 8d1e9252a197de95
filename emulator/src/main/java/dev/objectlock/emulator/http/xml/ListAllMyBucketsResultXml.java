package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** ListBuckets response. */
@JacksonXmlRootElement(localName = "ListAllMyBucketsResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonPropertyOrder({"Owner", "Buckets", "ContinuationToken", "Prefix"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAllMyBucketsResultXml(
        @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
        @JacksonXmlProperty(localName = "Buckets") BucketsXml buckets,
        @JacksonXmlProperty(localName = "ContinuationToken") String continuationToken,
        @JacksonXmlProperty(localName = "Prefix") String prefix) {

    public static ListAllMyBucketsResultXml of(OwnerXml owner, List<BucketXml> buckets) {
        return of(owner, buckets, null, null);
    }

    /** {@code continuationToken} when more buckets follow, {@code prefix} as the request named it; each may be null. */
    public static ListAllMyBucketsResultXml of(
            OwnerXml owner, List<BucketXml> buckets, String continuationToken, String prefix) {
        return new ListAllMyBucketsResultXml(owner, new BucketsXml(buckets), continuationToken, prefix);
    }

    /** The {@code <Buckets>} element; a record rather than a list wrapper (jackson-dataformat-xml#517). */
    public record BucketsXml(
            @JacksonXmlProperty(localName = "Bucket") List<BucketXml> buckets) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Name", "CreationDate", "BucketRegion"})
    public record BucketXml(
            @JacksonXmlProperty(localName = "Name") String name,
            @JacksonXmlProperty(localName = "CreationDate") String creationDate,
            @JacksonXmlProperty(localName = "BucketRegion") String bucketRegion) {}
}
