package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The {@code Credential} of an Authorization header or the {@code X-Amz-Credential} of a presigned
 * URL: {@code <AKID>/<yyyyMMdd>/<region>/s3/aws4_request} (API reference
 * sigv4-auth-using-authorization-header).
 */
record CredentialScope(String accessKeyId, String date, String region, String service, String terminal) {

    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** The two places a credential arrives, which word their errors differently. */
    enum Source {
        /** [E31] AuthorizationHeaderMalformed (krobertson/deb-s3#157; other texts vgw). */
        HEADER,
        /** [P29] AuthorizationQueryParametersError (LocalStack's AWS-validated snapshot; others vgw). */
        QUERY;

        S3Exception malformed(String detail) {
            return this == HEADER
                    ? AuthErrors.headerMalformed(detail)
                    : AuthErrors.queryParametersError("Error parsing the X-Amz-Credential parameter; " + detail);
        }

        S3Exception wrongRegion(String region, String expected) {
            return this == HEADER
                    ? AuthErrors.wrongRegion(region, expected)
                    : malformed("the region '" + region + "' is wrong; expecting '" + expected + "'");
        }

        S3Exception dateMismatch(String scopeDate, String requestDate) {
            return this == HEADER
                    ? AuthErrors.headerMalformed("Invalid credential date. Date is not the same as X-Amz-Date.")
                    : AuthErrors.queryParametersError("Invalid credential date \"" + scopeDate
                            + "\". This date is not the same as X-Amz-Date: \"" + requestDate + "\".");
        }
    }

    /** Splits the five parts; any other shape is "mal-formed" ([E31], [P29]). */
    static CredentialScope parse(String credential, Source source) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5 || parts[0].isEmpty()) {
            throw source.malformed(
                    "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /**
     * Step 5 of [P15]: service, terminal, date (its format, then that it is the request's day) and
     * region ([P16]).
     *
     * @param requestDay     the first eight characters of the request's X-Amz-Date
     * @param expectedRegion the bucket's region; null accepts any
     */
    void check(String requestDay, String expectedRegion, Source source) {
        if (!service.equals(SigV4.SERVICE)) {
            throw source.malformed("incorrect service \"" + service + "\". This endpoint belongs to \"s3\".");
        }
        if (!terminal.equals(SigV4.TERMINAL)) {
            throw source.malformed("incorrect terminal \"" + terminal + "\". This endpoint uses \"aws4_request\".");
        }
        try {
            LocalDate.parse(date, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw source.malformed("incorrect date format \"" + date
                    + "\". This date in the credential must be in the format \"yyyyMMdd\".");
        }
        if (!date.equals(requestDay)) {
            throw source.dateMismatch(date, requestDay);
        }
        if (expectedRegion != null && !region.equals(expectedRegion)) {
            throw source.wrongRegion(region, expectedRegion);
        }
    }

    /** {@code <date>/<region>/s3/aws4_request}, the second-to-last line of every string to sign. */
    String scope() {
        return SigV4.scope(date, region, service);
    }
}
