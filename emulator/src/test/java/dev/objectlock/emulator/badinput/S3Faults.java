package dev.objectlock.emulator.badinput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Malformed S3 requests without an XML body: paths and bucket names, query strings, methods, the
 * request line, header sections, and content framing. A request that changes something is only
 * ever aimed at the scratch bucket, or carries a fault that must refuse it before anything is
 * stored (a malformed version id, an unreadable lock header).
 */
final class S3Faults {

    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD"};
    private static final List<String> BAD_SEGMENTS = List.of(
            "%zz",
            "%",
            "%2",
            "%g0",
            "a%00b",
            "%00",
            "%C3%28",
            "%FF%FE",
            "%ED%A0%80",
            "..",
            ".",
            "a..b",
            ".bucket",
            "bucket.",
            "192.168.1.1",
            "UPPER",
            "under_score",
            "-dash",
            "a",
            "ab",
            "xn--abc",
            "bucket-s3alias",
            "a%2Fb",
            "%2e%2e",
            "sp ace",
            "tab\tx",
            "\u00e9t\u00e9",
            "%C0%AF",
            "%F4%90%80%80",
            "a\u007fb");
    private static final List<String> BAD_VERSION_IDS = List.of(
            "%00",
            "abc%00", "%zz", "", "null%00", "..%2F..", "%FF", "a%20b", "x".repeat(2000), "%C3%28", "-1", "0", "\u00e9");
    private static final List<String> BAD_QUERIES = List.of(
            "max-keys=-1",
            "max-keys=abc",
            "max-keys=99999999999999999999",
            "max-keys=%00",
            "max-keys=1.5",
            "max-keys=",
            "list-type=3",
            "list-type=2&max-keys=-5",
            "list-type=2&continuation-token=%00",
            "list-type=2&continuation-token=%zz",
            "list-type=2&start-after=%00",
            "encoding-type=foo",
            "prefix=%00",
            "prefix=%zz",
            "delimiter=%00",
            "marker=%zz",
            "versions&key-marker=%00",
            "versions&version-id-marker=%00",
            "versions&max-keys=-1",
            "versions&version-id-marker=zzz",
            "uploads&max-uploads=abc",
            "uploads&max-uploads=-1",
            "uploads&upload-id-marker=%00",
            "partNumber=0",
            "partNumber=abc",
            "partNumber=10001",
            "partNumber=-1",
            "partNumber=%00",
            "uploadId=%00",
            "uploadId=",
            "uploadId=%zz&partNumber=1",
            "uploadId=x&part-number-marker=abc",
            "uploadId=x&max-parts=-1",
            "versioning=x",
            "retention=%00",
            "tagging&tagging",
            "&&&",
            "=",
            "==x",
            "%=1",
            "a=%",
            "%zz",
            "%00",
            "versionId",
            "versionId=a&versionId=b",
            "attributes",
            "object-lock&object-lock",
            "legal-hold&retention",
            "acl&versions",
            "x-id=%00",
            "response-content-type=%00",
            "response-expires=notadate",
            "list-type=2&fetch-owner=maybe",
            "delete&versions",
            "policy=%zz");

    private final FuzzTargets targets;

    S3Faults(FuzzTargets targets) {
        this.targets = targets;
    }

    RawRequest path(Random random) {
        String segment = Pick.one(random, BAD_SEGMENTS);
        String target = switch (random.nextInt(6)) {
            case 0 -> "/" + segment;
            case 1 -> "/" + targets.scratch() + "/" + segment;
            case 2 -> "/" + "b".repeat(60 + random.nextInt(300));
            case 3 -> "/" + targets.scratch() + "/" + "k".repeat(1000 + random.nextInt(1500));
            case 4 -> "/" + segment + "/" + segment + "?" + Pick.one(random, "versions", "uploads", "x=1", "");
            default -> "/" + targets.scratch() + "/a/" + segment + "/" + Pick.one(random, "", "/", "//", "%2F");
        };
        String method = Pick.one(random, METHODS);
        return RawRequest.builder("path " + segment, method, target).build();
    }

    RawRequest versionId(Random random) {
        String id = Pick.one(random, BAD_VERSION_IDS);
        int k = targets.pickLocked(random);
        String method = Pick.one(random, METHODS);
        // A PUT without a sub-resource is PutObject, which takes no version id and would add a version.
        String sub = method.equals("PUT")
                ? Pick.one(random, "retention&", "legal-hold&", "tagging&")
                : Pick.one(random, "", "retention&", "legal-hold&", "tagging&", "attributes&", "acl&");
        String target = "/" + targets.locked() + "/" + targets.lockedKeys().get(k) + "?" + sub + "versionId=" + id;
        if (random.nextBoolean()) {
            target += "&versionId=" + targets.lockedIds().get(k);
        }
        RawRequest.Builder b = RawRequest.builder("versionId " + id, method, target);
        if (method.equals("DELETE") || method.equals("PUT")) {
            b.header("x-amz-bypass-governance-retention", "true");
        }
        if (method.equals("PUT")) {
            byte[] body = Pick.one(random, "<Retention/>", "<LegalHold><Status>OFF</Status></LegalHold>", "x")
                    .getBytes(StandardCharsets.UTF_8);
            b.header("Content-MD5", Digests.md5(body)).body(body);
        }
        return b.build();
    }

    RawRequest query(Random random) {
        String query = Pick.one(random, BAD_QUERIES);
        String method = Pick.one(random, METHODS);
        boolean onBucket = random.nextBoolean();
        boolean safe = method.equals("GET") || method.equals("HEAD");
        String bucket = safe ? Pick.one(random, targets.locked(), targets.scratch()) : targets.scratch();
        String path = "/" + bucket
                + (onBucket
                        ? ""
                        : "/" + Pick.one(random, "k", targets.lockedKeys().get(0)));
        return RawRequest.builder("query " + query, method, path + "?" + query).build();
    }

    RawRequest method(Random random) {
        String method = Pick.one(
                random,
                "get",
                "put",
                "delete",
                "head",
                "post",
                "CONNECT",
                "TRACE",
                "OPTIONS",
                "PATCH",
                "FOO",
                "PROPFIND",
                "MKCOL",
                "QUERY",
                "G\u00e9T",
                "GET\u0001",
                "M".repeat(300),
                "BREW",
                "LOCK");
        String target = Pick.one(
                random,
                "/",
                "/" + targets.scratch(),
                "/" + targets.scratch() + "/k",
                "/" + targets.locked() + "?versioning",
                "/" + targets.scratch() + "/k?retention",
                "/" + targets.locked() + "/" + targets.lockedKeys().get(1) + "?legal-hold&versionId="
                        + targets.lockedIds().get(1),
                "127.0.0.1:80",
                "*",
                "http://127.0.0.1/" + targets.scratch());
        return RawRequest.builder("method " + method, method, target).build();
    }

    RawRequest requestLine(Random random) {
        return switch (random.nextInt(8)) {
            case 0 ->
                RawRequest.builder("target with a space", "GET", "/" + targets.scratch() + "/a b")
                        .build();
            case 1 ->
                RawRequest.builder("HTTP/2.0 line", "GET", "/")
                        .version("HTTP/2.0")
                        .build();
            case 2 ->
                RawRequest.builder("HTTP/0.9 line", "GET", "/")
                        .version("HTTP/0.9")
                        .build();
            case 3 ->
                RawRequest.builder("bad version", "GET", "/")
                        .version("HTTQ/1.1")
                        .build();
            case 4 ->
                RawRequest.builder("raw high bytes in target", "GET", "/" + Pick.bytes(random, 12))
                        .build();
            case 5 ->
                RawRequest.builder(
                                "overlong target",
                                "GET",
                                "/" + targets.scratch() + "/" + "x".repeat(9000 + random.nextInt(20000)))
                        .build();
            case 6 -> RawRequest.builder("empty target", "GET", "").build();
            default ->
                RawRequest.builder("fragment in target", "GET", "/" + targets.scratch() + "/k#frag")
                        .build();
        };
    }

    RawRequest headers(Random random) {
        RawRequest.Builder b = RawRequest.builder("headers", Pick.one(random, METHODS), "/" + targets.scratch() + "/k");
        switch (random.nextInt(9)) {
            case 0 -> b.header("X-Big", "v".repeat(9000 + random.nextInt(40000)));
            case 1 -> {
                for (int i = 0; i < 300 + random.nextInt(300); i++) {
                    b.header("x-amz-meta-h" + i, "v".repeat(60));
                }
            }
            case 2 -> b.header("Bad Name", "v");
            case 3 -> b.header("x-amz-meta-ctl", "a\u0001b");
            case 4 -> b.header("", "empty name");
            case 5 -> b.header("Host", "").header("Host", "other");
            case 6 -> b.header("x-amz-meta-nul", "a\u0000b");
            case 7 -> b.header("Range", Pick.one(random, "bytes=9-1", "bytes=", "bytes=a-b", "items=0-1", "bytes=-"));
            default -> b.header(Pick.one(random, "If-Modified-Since", "If-Unmodified-Since"), Pick.bytes(random, 10));
        }
        return b.build();
    }

    RawRequest content(Random random) {
        byte[] body = Pick.text(random, "abcdef", 1 + random.nextInt(64)).getBytes(StandardCharsets.US_ASCII);
        RawRequest.Builder b =
                RawRequest.builder("content", "PUT", "/" + targets.scratch() + "/c" + random.nextInt(50));
        switch (random.nextInt(12)) {
            case 0 ->
                b.header(
                                "Content-Length",
                                Pick.one(random, "-1", "abc", "1e3", "", "99999999999999999999", "0x10", "+5"))
                        .body(body);
            case 1 ->
                b.header("Content-Length", "" + body.length)
                        .header("Content-Length", "" + (body.length + 1))
                        .body(body);
            case 2 ->
                b.header("Content-Length", "" + (body.length + 10)).body(body).halfClose();
            case 3 ->
                b.header(
                                "Content-MD5",
                                Pick.one(random, "abc", "", "%%%", "AAAAAAAAAAAAAAAAAAAAAA==", "1B2M2Y8AsgTpgAZPY=="))
                        .body(body);
            case 4 ->
                b.header(
                                "x-amz-content-sha256",
                                Pick.one(random, "abc", "", "STREAMING-FOO", "0".repeat(64), "Z".repeat(64)))
                        .body(body);
            case 5 ->
                b.header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                        .header("Content-Encoding", "aws-chunked")
                        .header("x-amz-decoded-content-length", Pick.one(random, "" + body.length, "-1", "abc", ""))
                        .body(Pick.one(
                                random,
                                "zz\r\nabc\r\n0\r\n\r\n",
                                "5\r\nab",
                                "3;x=y\r\nabc\r\n",
                                "-1\r\n",
                                "3\r\nabcdef\r\n0\r\n\r\n",
                                "3\r\nabc\r\n0\r\nx-amz-checksum-crc32:###\r\n\r\n",
                                "FFFFFFFFFFFFFFFF\r\nabc"));
            case 6 ->
                b.header("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
                        .header("Content-Encoding", "aws-chunked")
                        .header("x-amz-decoded-content-length", "3")
                        .body("3;chunk-signature=zz\r\nabc\r\n0;chunk-signature=\r\n\r\n");
            case 7 ->
                b.header("Transfer-Encoding", Pick.one(random, "chunked", "gzip", "chunked, chunked", "foo"))
                        .body(Pick.one(random, "zz\r\nabc\r\n0\r\n\r\n", "3\r\nabc\r\n", "3\r\nabc\r\n0\r\n\r\n"))
                        .halfClose();
            case 8 ->
                b.header("Transfer-Encoding", "chunked")
                        .header("Content-Length", "3")
                        .body("3\r\nabc\r\n0\r\n\r\n");
            case 9 ->
                b.header(
                                Pick.one(
                                        random,
                                        "x-amz-checksum-crc32",
                                        "x-amz-checksum-sha256",
                                        "x-amz-checksum-crc64nvme"),
                                Pick.one(random, "###", "", "AAAA", "=="))
                        .body(body);
            case 10 ->
                b.header("x-amz-sdk-checksum-algorithm", Pick.one(random, "MD4", "", "crc32\u0001"))
                        .header(
                                "x-amz-trailer",
                                Pick.one(random, "x-amz-checksum-foo", "", "x-amz-checksum-crc32,x-amz-checksum-sha1"))
                        .body(body);
            default ->
                b.header("x-amz-storage-class", Pick.one(random, "FOO", "", "standard"))
                        .header("x-amz-tagging", Pick.one(random, "a=%zz", "=", "&&", "a=b&a=c"))
                        .body(body);
        }
        return b.build();
    }
}
