package dev.objectlock.emulator.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The Object Lock headers with values no parser may accept, aimed at the locked bucket: a new
 * object there carries one bad lock header (and a Content-MD5, so the headers are what decides),
 * and a DELETE or PutObjectRetention on a locked version carries a bypass header that is neither
 * true nor false. If any of them were read leniently, the snapshot of the locked bucket would change.
 */
final class LockHeaderFaults {

    private static final String[] BAD_MODES = {
        "FOO", "", "GOVERNANCE,COMPLIANCE", "COMPLIANCE\u0001", "%00", "GOVERN", "COMPLIANCEX", "\u00c9"
    };
    private static final String[] BAD_DATES = {
        "tomorrow",
        "2030-13-01T00:00:00Z",
        "2030-02-30T00:00:00Z",
        "2030-01-01T25:00:00Z",
        "",
        "9999999999",
        "2030-01-01T00:00:00Z\u0001",
        "1970-01-01T00:00:00Z",
        "+292278994-08-17T07:12:55.807Z",
        "-2030-01-01T00:00:00Z",
        "2030-01-01T00:00:00ZZ",
        "2030/01/01",
        "NaN",
        "2030-01-01T00:00:60Z"
    };
    private static final String[] BAD_HOLDS = {"yes", "1", "", "ONN", "OFF\u0001", "ON,OFF", "%4F%4E"};
    private static final String[] BAD_BOOLEANS = {
        "yes", "1", "0", "", "tru", "t\u0001rue", "true,true", "TRUEE", "on", "\u0000"
    };

    private final FuzzTargets targets;

    LockHeaderFaults(FuzzTargets targets) {
        this.targets = targets;
    }

    RawRequest newObject(Random random) {
        byte[] body = "payload".getBytes(StandardCharsets.US_ASCII);
        RawRequest.Builder b = RawRequest.builder(
                        "lock header", "PUT", "/" + targets.locked() + "/new-" + random.nextInt(20))
                .header("Content-MD5", Digests.md5(body))
                .body(body);
        String mode = "GOVERNANCE";
        String date = "2099-01-01T00:00:00Z";
        switch (random.nextInt(4)) {
            case 0 -> mode = Pick.one(random, BAD_MODES);
            case 1 -> date = Pick.one(random, BAD_DATES);
            case 2 -> b.header("x-amz-object-lock-legal-hold", Pick.one(random, BAD_HOLDS));
            default -> {
                mode = random.nextBoolean() ? null : mode;
                date = mode == null ? date : null;
            }
        }
        if (mode != null) {
            b.header("x-amz-object-lock-mode", mode);
        }
        if (date != null) {
            b.header("x-amz-object-lock-retain-until-date", date);
        }
        return b.build();
    }

    RawRequest bypass(Random random) {
        String value = Pick.one(random, BAD_BOOLEANS);
        int k = targets.pickLocked(random);
        String key = targets.lockedKeys().get(k);
        String id = targets.lockedIds().get(k);
        if (random.nextBoolean()) {
            return RawRequest.builder(
                            "bypass " + value, "DELETE", "/" + targets.locked() + "/" + key + "?versionId=" + id)
                    .header("x-amz-bypass-governance-retention", value)
                    .build();
        }
        byte[] body = ("<Retention xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Mode>GOVERNANCE</Mode>"
                        + "<RetainUntilDate>" + targets.shorterDate() + "</RetainUntilDate></Retention>")
                .getBytes(StandardCharsets.UTF_8);
        return RawRequest.builder(
                        "bypass " + value, "PUT", "/" + targets.locked() + "/" + key + "?retention&versionId=" + id)
                .header("x-amz-bypass-governance-retention", value)
                .header("Content-MD5", Digests.md5(body))
                .body(body)
                .build();
    }
}
