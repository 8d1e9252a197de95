package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorBody;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Range requests and conditional GET/HEAD (GetObject API reference; RFC 9110 sections 13 and 14). */
class ConditionalAndRangeTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String BODY = "0123456789";

    private final S3Client client = s3.client();
    private String etag;
    private Instant lastModified;

    @BeforeEach
    void object() {
        s3.createBucket("cond");
        etag = s3.put("cond", "k", BODY).eTag();
        lastModified = client.headObject(b -> b.bucket("cond").key("k")).lastModified();
    }

    private ResponseBytes<GetObjectResponse> get(java.util.function.Consumer<GetObjectRequest.Builder> request) {
        return client.getObjectAsBytes(b -> request.accept(b.bucket("cond").key("k")));
    }

    // GetObject API reference, Range: a satisfiable range answers 206 Partial Content with
    // Content-Range "bytes first-last/size"; a last position past the end is clipped (RFC 9110 14.1.2).
    @ParameterizedTest
    @CsvSource({
        "bytes=0-4, 01234, bytes 0-4/10",
        "bytes=5-, 56789, bytes 5-9/10",
        "bytes=-3, 789, bytes 7-9/10",
        "bytes=8-100, 89, bytes 8-9/10",
        "bytes=9-9, 9, bytes 9-9/10",
        "bytes=-50, 0123456789, bytes 0-9/10"
    })
    void satisfiableRange(String range, String expected, String contentRange) {
        ResponseBytes<GetObjectResponse> got = get(b -> b.range(range));

        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(206);
        assertThat(got.asUtf8String()).isEqualTo(expected);
        assertThat(got.response().contentRange()).isEqualTo(contentRange);
        assertThat(got.response().contentLength()).isEqualTo(expected.length());
        assertThat(got.response().eTag()).isEqualTo(etag);
    }

    // HeadObject API reference, Range: HEAD honours it too and answers 206.
    @Test
    void rangeOnHead() {
        HeadObjectResponse head =
                client.headObject(b -> b.bucket("cond").key("k").range("bytes=2-3"));

        assertThat(head.sdkHttpResponse().statusCode()).isEqualTo(206);
        assertThat(head.contentRange()).isEqualTo("bytes 2-3/10");
        assertThat(head.contentLength()).isEqualTo(2);
    }

    // S3 API reference, Error responses: InvalidRange, 416, "The requested range is not
    // satisfiable", with RangeRequested and ActualObjectSize.
    @Test
    void rangeBeyondTheEndIsInvalidRange() {
        S3Exception e = s3Error(() -> get(b -> b.range("bytes=10-20")), 416, "InvalidRange");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The requested range is not satisfiable");
        assertThat(errorElement(e, "RangeRequested")).contains("bytes=10-20");
        assertThat(errorElement(e, "ActualObjectSize")).contains("10");
    }

    // RFC 9110 14.2: a Range header that does not parse is ignored; S3 then sends the whole object.
    @ParameterizedTest
    @CsvSource({"bytes=abc", "items=0-1", "bytes=5-2"})
    void unparsableRangeIsIgnored(String range) {
        ResponseBytes<GetObjectResponse> got = get(b -> b.range(range));

        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(got.asUtf8String()).isEqualTo(BODY);
        assertThat(got.response().contentRange()).isNull();
    }

    // GetObject API reference, If-Match: a match proceeds; otherwise 412 PreconditionFailed
    // (S3 error body names the Condition).
    @Test
    void ifMatch() {
        assertThat(get(b -> b.ifMatch(etag)).asUtf8String()).isEqualTo(BODY);
        assertThat(get(b -> b.ifMatch("\"other\", " + etag)).asUtf8String()).isEqualTo(BODY);
        assertThat(get(b -> b.ifMatch("*")).asUtf8String()).isEqualTo(BODY);

        S3Exception e =
                s3Error(() -> get(b -> b.ifMatch("\"0123456789abcdef0123456789abcdef\"")), 412, "PreconditionFailed");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("At least one of the pre-conditions you specified did not hold");
        assertThat(errorElement(e, "Condition")).contains("If-Match");
        headError(() -> client.headObject(b -> b.bucket("cond").key("k").ifMatch("\"nope\"")), 412);
    }

    // GetObject API reference, If-None-Match: a match answers 304 Not Modified without a body.
    @Test
    void ifNoneMatch() {
        S3Exception e = catchThrowableOfType(S3Exception.class, () -> get(b -> b.ifNoneMatch(etag)));
        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(304);
        assertThat(errorBody(e)).isEmpty();
        headError(() -> client.headObject(b -> b.bucket("cond").key("k").ifNoneMatch(etag)), 304);

        assertThat(get(b -> b.ifNoneMatch("\"something-else\"")).asUtf8String()).isEqualTo(BODY);
    }

    // GetObject API reference, If-Modified-Since: 304 unless modified after the date.
    @Test
    void ifModifiedSince() {
        assertThat(get(b -> b.ifModifiedSince(lastModified.minusSeconds(60))).asUtf8String())
                .isEqualTo(BODY);

        S3Exception e = catchThrowableOfType(S3Exception.class, () -> get(b -> b.ifModifiedSince(lastModified)));
        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(304);
        headError(
                () -> client.headObject(b -> b.bucket("cond").key("k").ifModifiedSince(lastModified.plusSeconds(60))),
                304);
    }

    // GetObject API reference, If-Unmodified-Since: 412 when modified after the date.
    @Test
    void ifUnmodifiedSince() {
        assertThat(get(b -> b.ifUnmodifiedSince(lastModified)).asUtf8String()).isEqualTo(BODY);

        S3Exception e =
                s3Error(() -> get(b -> b.ifUnmodifiedSince(lastModified.minusSeconds(60))), 412, "PreconditionFailed");
        assertThat(errorElement(e, "Condition")).contains("If-Unmodified-Since");
    }

    // GetObject API reference: "If both of the If-Match and If-Unmodified-Since headers are present
    // ... If-Match condition evaluates to true, and; If-Unmodified-Since condition evaluates to
    // false; then, S3 returns 200 OK and the data requested."
    @Test
    void ifMatchWinsOverIfUnmodifiedSince() {
        ResponseBytes<GetObjectResponse> got =
                get(b -> b.ifMatch(etag).ifUnmodifiedSince(lastModified.minusSeconds(60)));

        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(200);
    }

    // GetObject API reference: "If both of the If-None-Match and If-Modified-Since headers are
    // present ... If-None-Match condition evaluates to false, and; If-Modified-Since condition
    // evaluates to true; then, S3 returns 304 Not Modified status code."
    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        S3Exception e = catchThrowableOfType(
                S3Exception.class, () -> get(b -> b.ifNoneMatch(etag).ifModifiedSince(lastModified.minusSeconds(60))));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(304);
    }

    // Conditions are checked before the range: a failed If-Match with a Range is still 412.
    @Test
    void conditionsBeforeRange() {
        s3Error(() -> get(b -> b.ifMatch("\"nope\"").range("bytes=0-1")), 412, "PreconditionFailed");
        ResponseBytes<GetObjectResponse> got = get(b -> b.ifMatch(etag).range("bytes=0-1"));
        assertThat(got.asUtf8String()).isEqualTo("01");
        assertThat(header(got.response(), "Content-Range")).contains("bytes 0-1/10");
    }
}
