package dev.objectlock.emulator.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** S3 Control job paths with methods, parameters and bodies the API does not take. */
final class ControlFaults {

    private static final String NS = "http://awss3control.amazonaws.com/doc/2018-08-20/";

    RawRequest next(Random random) {
        String job = Pick.one(
                random, "00000000-0000-0000-0000-000000000000", "%zz", "%00", "a%2Fb", "x".repeat(500), "..", "");
        String path = Pick.one(
                random,
                "/v20180820/jobs",
                "/v20180820/jobs/" + job,
                "/v20180820/jobs/" + job + "/status?requestedJobStatus="
                        + Pick.one(random, "Foo", "%00", "", "Ready&requestedJobStatus=Cancelled"),
                "/v20180820/jobs/" + job + "/priority?priority="
                        + Pick.one(random, "abc", "-1", "99999999999", "%00", "", "1.5"),
                "/v20180820/jobs/" + job + "/tagging",
                "/v20180820/jobs/" + job + "/unknown",
                "/v20180820/jobs?maxResults=" + Pick.one(random, "-1", "abc", "0", "99999999999", "%00"),
                "/v20180820/jobs?jobStatuses=" + Pick.one(random, "Foo", "%00", "Active&jobStatuses=Bar"),
                "/v20180820/jobs?nextToken=" + Pick.one(random, "%00", "%zz", "garbage"),
                "/v20180820/jobs/" + job + "/%zz");
        String method = Pick.one(
                random, "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "get", "post",
                "CONNECT");
        RawRequest.Builder b =
                RawRequest.builder("control " + method, method, path).expect(RawRequest.Answer.CONTROL);
        if (random.nextInt(4) > 0) {
            b.header("x-amz-account-id", Pick.one(random, "123456789012", "", "abc", "%00", "1234567890123"));
        }
        if (method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || random.nextInt(5) == 0) {
            b.body(body(random));
        }
        return b.build();
    }

    private static byte[] body(Random random) {
        String text = Pick.one(
                random,
                "<CreateJobRequest xmlns=\"" + NS + "\"><Priority>abc</Priority></CreateJobRequest>",
                "<CreateJobRequest xmlns=\"" + NS + "\"><Priority>-5</Priority><RoleArn>x</RoleArn></CreateJobRequest>",
                "<CreateJobRequest xmlns=\"" + NS
                        + "\"><ClientRequestToken>t</ClientRequestToken><ClientRequestToken>u</ClientRequestToken></CreateJobRequest>",
                "<Foo/>",
                "<CreateJobRequest xmlns=\"" + NS
                        + "\"><Operation><S3PutObjectRetention><Retention><Mode>FOO</Mode></Retention></S3PutObjectRetention></Operation>",
                "<PutJobTaggingRequest xmlns=\"" + NS
                        + "\"><Tags><S3Tag><Key></Key></S3Tag></Tags></PutJobTaggingRequest>",
                "<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><CreateJobRequest xmlns=\"" + NS
                        + "\">&b;</CreateJobRequest>",
                "{\"json\": true}",
                "",
                "\u0000\u0001\u0002");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
