package dev.objectlock.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bucket and key from path-style and virtual-hosted-style requests
 * (S3 User Guide, "Virtual hosting of buckets" and "Path-style requests"). '-' stands for null.
 */
class RequestTargetTest {

    private static final String SUFFIX = "localhost";

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // path style
                "/                         | localhost:9000            | -          | -",
                "/bucket                   | localhost:9000            | bucket     | -",
                "/bucket/                  | localhost:9000            | bucket     | -",
                "/bucket/key               | localhost:9000            | bucket     | key",
                "/bucket/a/b/c.txt         | 127.0.0.1:9000            | bucket     | a/b/c.txt",
                // virtual-host style: the leading labels before the configured suffix name the bucket
                "/                         | bucket.localhost:9000     | bucket     | -",
                "/key                      | bucket.localhost:9000     | bucket     | key",
                "/a/b                      | my.dotted.bucket.localhost| my.dotted.bucket | a/b",
                "/key                      | Bucket.LOCALHOST:9000     | bucket     | key",
                // IP hosts and the bare suffix never name a bucket
                "/bucket/key               | 127.0.0.1                 | bucket     | key",
                "/bucket/key               | [::1]:9000                | bucket     | key",
                "/bucket/key               | 10.0.0.5:9000             | bucket     | key",
                "/bucket/key               | localhost                 | bucket     | key",
                "/bucket/key               | -                         | bucket     | key"
            })
    void resolvesBucketAndKey(String rawPath, String host, String bucket, String key) {
        RequestTarget target = RequestTarget.resolve(rawPath, host, SUFFIX);

        assertThat(target).isEqualTo(new RequestTarget(bucket, key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // keys are taken from the raw path and percent-decoded once, as UTF-8
                "/bucket/a%20b            | a b",
                "/bucket/a+b              | a+b", // '+' is a plus sign in paths, not a space
                "/bucket/a%2Bb            | a+b",
                "/bucket/a%2Fb            | a/b",
                "/bucket/%E2%82%AC        | \u20ac",
                "/bucket/%e2%82%ac        | \u20ac",
                "/bucket/a%25b            | a%b", // decoded once only
                "/bucket/a%2520b          | a%20b",
                "/bucket/dir/             | dir/", // trailing slash is part of the key (the house rules in
                // CONTRIBUTING.md)
                "/bucket/a//b             | a//b", // '//' survives
                "/bucket//                | /",
                "/bucket//lead            | /lead",
                "/bucket/./x/../y         | ./x/../y", // no dot-segment normalisation
                "/bucket/\u00e9           | \u00e9"
            })
    void decodesKeysExactly(String rawPath, String key) {
        assertThat(RequestTarget.resolve(rawPath, "localhost:9000", SUFFIX).key())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"/dir/          | dir/", "//x            | /x", "/a%2Fb         | a/b"})
    void keepsVirtualHostKeysExactlyToo(String rawPath, String key) {
        assertThat(RequestTarget.resolve(rawPath, "bucket.localhost:9000", SUFFIX)
                        .key())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bucket/a%", "/bucket/a%2", "/bucket/a%zz", "/bucket/%C3%28", "/bucket/%FF"})
    void rejectsBrokenPercentEncoding(String rawPath) {
        // AWS answers a path it cannot decode with 400 InvalidURI "Couldn't parse the specified URI."
        // (S3 API reference, List of error codes).
        assertThatThrownBy(() -> RequestTarget.resolve(rawPath, "localhost", SUFFIX))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_URI));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "versionId=%zz",
                "legal-hold&versionId=%zz&versionId=abc",
                "versionId=%",
                "versionId=a%2",
                "%zz",
                "a=%",
                "prefix=%C3%28",
                "marker=%FF",
                "delete&x=%g0"
            })
    void rejectsABrokenPercentEncodingInTheQuery(String rawQuery) {
        // [R59]: a query the server cannot decode is refused whole; decoded leniently, the HTTP
        // server drops the bad parameter and DELETE ?versionId=%zz becomes a delete without one.
        assertThatThrownBy(() -> RequestTarget.requireWellFormedQuery(rawQuery))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_URI));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "versions",
                "versionId=abc&retention",
                "prefix=a%20b&delimiter=%2F",
                "prefix=%E2%82%AC",
                "prefix=a+b",
                "versionId=%00",
                "&&&",
                "=",
                "x-id=GetObject&partNumber=1"
            })
    void acceptsAWellFormedQuery(String rawQuery) {
        // A well-formed query passes; what its values mean is for the operation to decide
        // (a NUL in a version id is InvalidArgument there, [R9]).
        RequestTarget.requireWellFormedQuery(rawQuery);
        RequestTarget.requireWellFormedQuery(null);
    }
}
