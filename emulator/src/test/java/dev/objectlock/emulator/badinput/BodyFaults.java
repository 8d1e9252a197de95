package dev.objectlock.emulator.badinput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * XML request bodies that are not the document S3 expects: another root, another namespace,
 * duplicate or unknown elements, entities, a truncated text. Each malformation is applied to a
 * document that, read leniently, would weaken a locked version (shorten a GOVERNANCE retention with
 * the bypass, lift a legal hold, delete a GOVERNANCE version), so a parser that guesses shows up as
 * a change in the snapshot of locked versions.
 */
final class BodyFaults {

    private static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final FuzzTargets targets;

    BodyFaults(FuzzTargets targets) {
        this.targets = targets;
    }

    RawRequest next(Random random) {
        String governanceKey = targets.lockedKeys().get(1);
        String governanceId = targets.lockedIds().get(1);
        String holdKey = targets.lockedKeys().get(2);
        String holdId = targets.lockedIds().get(2);
        String locked = "/" + targets.locked();
        Doc doc = switch (random.nextInt(7)) {
            case 0, 1 ->
                new Doc(
                        locked + "/" + governanceKey + "?retention&versionId=" + governanceId,
                        "PUT",
                        "Retention",
                        "<Mode>GOVERNANCE</Mode><RetainUntilDate>" + targets.shorterDate() + "</RetainUntilDate>");
            case 2 ->
                new Doc(
                        locked + "/" + holdKey + "?legal-hold&versionId=" + holdId,
                        "PUT",
                        "LegalHold",
                        "<Status>OFF</Status>");
            case 3 ->
                new Doc(
                        locked + "?delete",
                        "POST",
                        "Delete",
                        "<Object><Key>" + governanceKey + "</Key><VersionId>" + governanceId + "</VersionId></Object>");
            case 4 ->
                new Doc(
                        locked + "?object-lock",
                        "PUT",
                        "ObjectLockConfiguration",
                        "<ObjectLockEnabled>Enabled</ObjectLockEnabled>");
            case 5 -> new Doc(locked + "?versioning", "PUT", "VersioningConfiguration", "<Status>Suspended</Status>");
            default ->
                new Doc(
                        "/" + targets.scratch() + "/k?tagging",
                        "PUT",
                        "Tagging",
                        "<TagSet><Tag><Key>a</Key><Value>b</Value></Tag></TagSet>");
        };
        String fault = Pick.one(
                random,
                "wrong root",
                "wrong namespace",
                "duplicate element",
                "unknown element",
                "unknown attribute-free child",
                "internal entity",
                "entity expansion",
                "external entity",
                "truncated",
                "two roots",
                "text in root",
                "nested value",
                "wrong encoding",
                "bad value",
                "empty",
                "not xml");
        byte[] body = malform(fault, doc, random).getBytes(StandardCharsets.UTF_8);
        RawRequest.Builder b = RawRequest.builder("xml " + fault + " " + doc.root(), doc.method(), doc.target())
                .header("x-amz-bypass-governance-retention", "true")
                .header("Content-MD5", Digests.md5(body))
                .body(body);
        return b.build();
    }

    private record Doc(String target, String method, String root, String inner) {

        String with(String rootName, String namespace, String content) {
            return "<" + rootName + (namespace == null ? "" : " xmlns=\"" + namespace + "\"") + ">" + content + "</"
                    + rootName + ">";
        }
    }

    /**
     * A value for the document's first element that its operation must refuse. Never the value it
     * replaces: "governance" is the GOVERNANCE version's own key, and a Delete naming it with its
     * version id and the bypass is a valid delete, not a fault.
     */
    private static String badValue(Doc doc, Random random) {
        Matcher first = Pattern.compile(">([^<]+)<").matcher(doc.inner());
        String original = first.find() ? first.group(1) : "";
        List<String> values = Stream.of(
                        "",
                        " ",
                        "governance",
                        "off",
                        "1",
                        "%00",
                        "\u00e9",
                        "GOVERNANCE ",
                        "2030-13-01T00:00:00Z",
                        "x".repeat(5000))
                .filter(v -> !v.equals(original))
                .toList();
        return Pick.one(random, values);
    }

    private static String malform(String fault, Doc doc, Random random) {
        UnaryOperator<String> asS3 = content -> doc.with(doc.root(), NS, content);
        return switch (fault) {
            case "wrong root" ->
                doc.with(Pick.one(random, "Foo", doc.root() + "s", doc.root().toLowerCase()), NS, doc.inner());
            case "wrong namespace" ->
                doc.with(doc.root(), Pick.one(random, "http://example.com/", "urn:x", NS + "x"), doc.inner());
            case "duplicate element" -> asS3.apply(doc.inner().replaceFirst("(<(\\w+)>[^<]*</\\2>)", "$1$1"));
            case "unknown element" -> asS3.apply(doc.inner() + "<Surprise>1</Surprise>");
            case "unknown attribute-free child" -> asS3.apply("<Extra/>" + doc.inner());
            case "internal entity" ->
                "<!DOCTYPE " + doc.root() + " [<!ENTITY v \"OFF\">]>"
                        + asS3.apply(doc.inner().replaceFirst(">[^<]+<", ">&v;<"));
            case "entity expansion" ->
                "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                        + asS3.apply(doc.inner() + "<X>&f;</X>");
            case "external entity" ->
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + asS3.apply(doc.inner().replaceFirst(">[^<]+<", ">&x;<"));
            case "truncated" -> {
                String whole = asS3.apply(doc.inner());
                yield whole.substring(0, 1 + random.nextInt(whole.length() - 2));
            }
            case "two roots" -> asS3.apply(doc.inner()) + asS3.apply(doc.inner());
            case "text in root" -> asS3.apply("stray text" + doc.inner());
            case "nested value" -> asS3.apply(doc.inner().replaceFirst(">([^<]+)<", "><V>$1</V><"));
            case "wrong encoding" -> "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + asS3.apply(doc.inner());
            case "bad value" -> asS3.apply(doc.inner().replaceFirst(">[^<]+<", ">" + badValue(doc, random) + "<"));
            case "empty" -> "";
            default -> Pick.one(random, "{\"Mode\":\"GOVERNANCE\"}", "<<<", "\u0000\u0001", "<?xml?>", "<a></b>");
        };
    }
}
