package dev.objectlock.emulator.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Bucket policies (PutBucketPolicy, signed by the root) and identity documents (PUT
 * /_emulator/identities) that must be refused. None of them may be stored: the fuzz checks
 * afterwards that the scratch bucket has no policy and that the identities are the ones it started
 * with.
 */
final class DocumentFaults {

    private static final String STATEMENT = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::%s/*\"}";

    private final FuzzTargets targets;
    private final Signer root;

    DocumentFaults(FuzzTargets targets, Signer root) {
        this.targets = targets;
        this.root = root;
    }

    RawRequest policy(Random random) {
        String statement = String.format(STATEMENT, targets.scratch());
        String document = Pick.one(
                random,
                "nope",
                "{",
                "",
                "[]",
                "null",
                "\"text\"",
                "{}",
                "{\"Version\":\"2012-10-17\"}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("Allow", "Maybe") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("s3:GetObject", "iam:CreateUser")
                        + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + statement.replace(targets.scratch(), "some-other-bucket") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("\"Principal\":\"*\",", "") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("\"*\"", "{\"AWS\":\"not-an-arn\"}")
                        + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + statement.replace("}", ",\"Condition\":{\"StringEqualz\":{\"aws:username\":\"a\"}}}") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + statement.replace(
                                "}",
                                ",\"Condition\":{\"NumericLessThan\":{\"s3:object-lock-remaining-retention-days\":\"ten\"}}}")
                        + "]}",
                "{\"Version\":\"2099-01-01\",\"Statement\":[" + statement + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":42}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}trailing",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + statement.replace("Allow\"", "Allow\",\"Effect\":\"Deny\"") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("s3:GetObject", "s3:Get%00") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("s3:GetObject", "") + "]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("}", ",\"Surprise\":1}") + "]}",
                "[".repeat(5000 + random.nextInt(20000)),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + (statement + ",").repeat(400) + statement + "]}",
                "\u00ff\u00fe{}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement.replace("s3:GetObject", "s3:Get\u0001Object")
                        + "]}");
        RawRequest.Builder b = RawRequest.builder("policy", "PUT", "/" + targets.scratch() + "?policy")
                .body(document.getBytes(StandardCharsets.ISO_8859_1));
        root.sign(b);
        return b.build();
    }

    RawRequest identities(Random random) {
        String user =
                "{\"name\":\"u\",\"accessKeyId\":\"AKIAUSER00000000000\",\"secretAccessKey\":\"s\",\"policies\":[]}";
        String document = Pick.one(
                random,
                "nope",
                "",
                "[]",
                "null",
                "\"text\"",
                "{\"users\":\"x\"}",
                "{\"users\":[{\"name\":\"a\"}]}",
                "{\"users\":[" + user + "," + user + "]}",
                "{\"users\":[" + user.replace("[]", "[{\"Statement\":\"x\"}]") + "]}",
                "{\"root\":{\"accessKeyId\":\"\"}}",
                "{\"root\":{\"accessKeyId\":\"AKIAROOT00000000000\",\"secretAccessKey\":42}}",
                "{\"roles\":[{\"name\":\"r\",\"sessions\":[{\"accessKeyId\":\"ASIA\"}]}]}",
                "{\"users\":[" + user.replace("\"u\"", "\"\"") + "]}",
                "{\"users\":[" + user.replace("\"u\"", "\"bad/name\\u0000\"") + "]}",
                "{\"users\":[" + user + "]}garbage",
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"users\":["
                        + user.replace(
                                "[]",
                                "[{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Nope\",\"Action\":\"*\",\"Resource\":\"*\"}]}]")
                        + "]}");
        return RawRequest.builder("identities", "PUT", "/_emulator/identities")
                .header("Content-Type", "application/json")
                .body(document.getBytes(StandardCharsets.ISO_8859_1))
                .expect(RawRequest.Answer.ADMIN)
                .build();
    }
}
