package dev.objectlock.emulator.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The region a request names, read without verifying it ([R100], [R103]). */
class SigningRegionTest {

    private static final String HEADER = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/s3/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=abc";

    @Test
    void theHeadersScopeNamesTheRegionAndItsRefusalIsTheHeaderForm() {
        SigningRegion signed = SigningRegion.of(HEADER, null).orElseThrow();

        assertThat(signed.region()).isEqualTo("eu-west-1");
        S3Exception e = signed.wrongRegion("us-west-2");
        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        assertThat(e.getMessage())
                .isEqualTo("The authorization header is malformed; the region 'eu-west-1' is wrong; expecting "
                        + "'us-west-2'");
        assertThat(e.details()).containsExactly(new S3Exception.Detail("Region", "us-west-2"));
    }

    @Test
    void aPresignedCredentialNamesTheRegionAndItsRefusalIsTheQueryForm() {
        SigningRegion signed = SigningRegion.of(null, "AKIDEXAMPLE/20260101/ap-south-1/s3/aws4_request")
                .orElseThrow();

        assertThat(signed.region()).isEqualTo("ap-south-1");
        S3Exception e = signed.wrongRegion("us-east-1");
        assertThat(e.code()).isEqualTo(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
        assertThat(e.getMessage())
                .isEqualTo("Error parsing the X-Amz-Credential parameter; the region 'ap-south-1' is wrong; "
                        + "expecting 'us-east-1'");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "AWS AKIDEXAMPLE:signature",
                "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/s3/aws4_request, Signature=abc",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101//s3/aws4_request, Signature=abc",
            })
    void anythingElseNamesNoRegion(String authorization) {
        assertThat(SigningRegion.of(authorization, null)).isEmpty();
    }
}
