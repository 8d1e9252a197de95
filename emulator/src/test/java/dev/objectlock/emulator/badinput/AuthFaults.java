package dev.objectlock.emulator.badinput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed authentication for secured mode. Each request starts from a correct root signature of a
 * request that would weaken a locked version (a DELETE of the GOVERNANCE version with the bypass)
 * or of a harmless read, and then breaks the Authorization header or a presigned parameter in a way
 * that must refuse it.
 */
final class AuthFaults {

    private final FuzzTargets targets;
    private final Signer root;

    AuthFaults(FuzzTargets targets, Signer root) {
        this.targets = targets;
        this.root = root;
    }

    private RawRequest.Builder base(Random random, String label) {
        if (random.nextBoolean()) {
            return RawRequest.builder(label, "GET", "/" + targets.locked() + "?versions");
        }
        return RawRequest.builder(
                        label,
                        "DELETE",
                        "/" + targets.locked() + "/" + targets.lockedKeys().get(1) + "?versionId="
                                + targets.lockedIds().get(1))
                .header("x-amz-bypass-governance-retention", "true");
    }

    RawRequest header(Random random) {
        RawRequest.Builder signed = base(random, "auth header");
        root.sign(signed);
        String authorization = null;
        String date = null;
        List<String[]> others = new ArrayList<>();
        for (String[] h : signed.headers()) {
            if (h[0].equalsIgnoreCase("Authorization")) {
                authorization = h[1];
            } else if (h[0].equalsIgnoreCase("X-Amz-Date")) {
                date = h[1];
            } else {
                others.add(h);
            }
        }
        String fault = Pick.one(
                random,
                "no Credential",
                "no SignedHeaders",
                "no Signature",
                "short scope",
                "scope date",
                "scope service",
                "scope terminator",
                "scope region",
                "duplicate SignedHeaders",
                "absent signed header",
                "uppercase signed header",
                "algorithm",
                "SigV2",
                "garbage",
                "control chars",
                "empty",
                "signature not hex",
                "signature flipped",
                "unknown key",
                "bad X-Amz-Date",
                "no X-Amz-Date",
                "skewed X-Amz-Date",
                "two Authorization",
                "token for long-term key",
                "bad content sha256",
                "two X-Amz-Date");
        String auth = authorization;
        String amzDate = date;
        RawRequest.Builder b = RawRequest.builder("auth " + fault, signed.method(), signed.target());
        switch (fault) {
            case "no Credential" -> auth = auth.replaceFirst("Credential=[^,]*, ?", "");
            case "no SignedHeaders" -> auth = auth.replaceFirst("SignedHeaders=[^,]*, ?", "");
            case "no Signature" -> auth = auth.replaceFirst(", ?Signature=.*", "");
            case "short scope" -> auth = auth.replaceFirst("/aws4_request", "");
            case "scope date" ->
                auth = auth.replaceFirst(
                        "(Credential=[^/]+/)\\d{8}", "$1" + Pick.one(random, "20000101", "2025011", "abcdefgh", ""));
            case "scope service" -> auth = auth.replaceFirst("/s3/", Pick.one(random, "/s4/", "/iam/", "//"));
            case "scope terminator" ->
                auth = auth.replaceFirst("aws4_request", Pick.one(random, "aws4_requests", "AWS4_REQUEST", ""));
            case "scope region" ->
                auth = auth.replaceFirst("/us-east-1/", Pick.one(random, "/eu-west-9/", "//", "/US-EAST-1/", "/%00/"));
            case "duplicate SignedHeaders" -> auth = auth.replaceFirst("(SignedHeaders=[^,]*)", "$1,$1");
            case "absent signed header" ->
                auth = auth.replaceFirst("SignedHeaders=", "SignedHeaders=a-missing-header;");
            case "uppercase signed header" -> auth = auth.replaceFirst("SignedHeaders=host", "SignedHeaders=Host");
            case "algorithm" ->
                auth = auth.replaceFirst(
                        "AWS4-HMAC-SHA256",
                        Pick.one(random, "AWS4-HMAC-SHA512", "aws4-hmac-sha256", "AWS4-ECDSA-P256-SHA256", ""));
            case "SigV2" -> auth = "AWS " + targets.lockedKeys().get(0) + ":" + Pick.text(random, "abcXYZ0189+/=", 28);
            case "garbage" -> auth = Pick.text(random, "abc=,/ ;:", 1 + random.nextInt(200));
            case "control chars" -> auth = auth.substring(0, 30) + "\u0001\u0002" + auth.substring(30);
            case "empty" -> auth = "";
            case "signature not hex" ->
                auth = auth.replaceFirst(
                        "Signature=.*", "Signature=" + Pick.one(random, "zz", "", "g".repeat(64), "0".repeat(63)));
            case "signature flipped" -> auth = auth.substring(0, auth.length() - 1) + (auth.endsWith("0") ? "1" : "0");
            case "unknown key" -> auth = auth.replaceFirst("Credential=[A-Z0-9]+", "Credential=AKIAUNKNOWN000000000");
            case "bad X-Amz-Date" ->
                amzDate = Pick.one(
                        random, "2020", "20251301T000000Z", "", "yesterday", amzDate + "0", "99999999T999999Z");
            case "no X-Amz-Date" -> amzDate = null;
            case "skewed X-Amz-Date" -> amzDate = Pick.one(random, "20000101T000000Z", "20990101T000000Z");
            case "two Authorization" ->
                b.header("Authorization", auth.replaceFirst("Credential=[A-Z0-9]+", "Credential=AKIAOTHER0000000000"));
            case "token for long-term key" -> b.header("x-amz-security-token", Pick.one(random, "garbage", "", "%00"));
            case "bad content sha256" ->
                others.replaceAll(h -> h[0].equalsIgnoreCase("x-amz-content-sha256")
                        ? new String[] {h[0], Pick.one(random, "abc", "", "UNSIGNED", "0".repeat(64))}
                        : h);
            default -> b.header("X-Amz-Date", "20000101T000000Z");
        }
        for (String[] h : others) {
            b.header(h[0], h[1]);
        }
        if (amzDate != null) {
            b.header("X-Amz-Date", amzDate);
        }
        return b.header("Authorization", auth).build();
    }

    RawRequest presigned(Random random) {
        RawRequest.Builder base = random.nextBoolean()
                ? RawRequest.builder(
                        "presigned",
                        "GET",
                        "/" + targets.locked() + "/" + targets.lockedKeys().get(0))
                : RawRequest.builder(
                        "presigned",
                        "DELETE",
                        "/" + targets.locked() + "/" + targets.lockedKeys().get(1) + "?versionId="
                                + targets.lockedIds().get(1));
        String query = root.presignedQuery(base, Duration.ofMinutes(10));
        String fault = Pick.one(
                random,
                "X-Amz-Expires",
                "X-Amz-Date",
                "X-Amz-Credential",
                "X-Amz-Algorithm",
                "X-Amz-SignedHeaders",
                "X-Amz-Signature",
                "duplicate",
                "missing",
                "with header auth");
        String mutated = switch (fault) {
            case "X-Amz-Expires" ->
                replace(
                        query,
                        fault,
                        Pick.one(random, "-1", "0", "604801", "abc", "", "99999999999999999999", "1.5", "%00"));
            case "X-Amz-Date" ->
                replace(
                        query,
                        fault,
                        Pick.one(
                                random, "2020", "20251301T000000Z", "", "20000101T000000Z", "20990101T000000Z", "%00"));
            case "X-Amz-Credential" ->
                replace(
                        query,
                        fault,
                        Pick.one(
                                random,
                                "AKIAROOT00000000000",
                                "AKIAROOT00000000000%2F20250101",
                                "%00",
                                "",
                                "AKIAROOT00000000000%2F20000101%2Fus-east-1%2Fs3%2Faws4_request",
                                "AKIANOPE%2F20250101%2Fus-east-1%2Fs3%2Faws4_request"));
            case "X-Amz-Algorithm" -> replace(query, fault, Pick.one(random, "AWS4-HMAC-SHA512", "", "%00"));
            case "X-Amz-SignedHeaders" ->
                replace(query, fault, Pick.one(random, "host%3Bhost", "", "x-missing", "HOST"));
            case "X-Amz-Signature" -> replace(query, fault, Pick.one(random, "zz", "", "%00", "0".repeat(64)));
            case "duplicate" -> query + "&X-Amz-Signature=" + "0".repeat(64);
            case "missing" ->
                query.replaceFirst(
                        Pick.one(
                                        random,
                                        "X-Amz-Algorithm",
                                        "X-Amz-Credential",
                                        "X-Amz-Date",
                                        "X-Amz-Expires",
                                        "X-Amz-SignedHeaders",
                                        "X-Amz-Signature")
                                + "=[^&]*&?",
                        "");
            default -> query;
        };
        String path = base.target().replaceFirst("\\?.*", "");
        RawRequest.Builder b = RawRequest.builder("presigned " + fault, base.method(), path + "?" + mutated)
                .header("Host", root.host());
        if (fault.equals("with header auth")) {
            b.header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIAROOT00000000000/20250101/us-east-1/s3/aws4_request, "
                            + "SignedHeaders=host, Signature=" + "0".repeat(64));
        }
        return b.build();
    }

    private static String replace(String query, String name, String value) {
        return query.replaceFirst(name + "=[^&]*", name + "=" + value);
    }
}
