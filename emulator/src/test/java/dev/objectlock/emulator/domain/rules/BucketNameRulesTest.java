package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S3 User Guide, "General purpose bucket naming rules"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html). Each row names
 * the rule it exercises.
 */
class BucketNameRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "abc", // 3 characters is the minimum
                "examplebucket", // the guide's valid examples
                "asset-images-2020",
                "my-data-content",
                "example.com", // valid but not recommended: dots are allowed
                "www.example.com",
                "my.example.s3.bucket",
                "1bucket", // may begin with a number
                "bucket9",
                "a-b.c-d",
                "xn-bucket", // only the prefix xn-- is reserved
                "bucket-s3alias-not-at-end", // reserved suffixes only at the end
                "192.168.5.4a", // not an IP address
                "192.168.5",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }) // 63 characters is the maximum
    void acceptsValidNames(String name) {
        assertThat(BucketNameRules.isValid(name)).isTrue();
        assertThatCode(() -> BucketNameRules.validate(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ab                                       | must be between 3 and 63 characters long",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | must be between 3 and 63 characters long",
                "doc_example_bucket                       | only lowercase letters, numbers, dots and hyphens",
                "DocExampleBucket                         | only lowercase letters, numbers, dots and hyphens",
                "bucket name                              | only lowercase letters, numbers, dots and hyphens",
                "bücket                                   | only lowercase letters, numbers, dots and hyphens",
                "amzn-s3-demo-bucket@                     | only lowercase letters, numbers, dots and hyphens",
                "-bucket                                  | must begin with a letter or number",
                ".bucket                                  | must begin with a letter or number",
                "doc-example-bucket-                      | must end with a letter or number",
                "bucket.                                  | must end with a letter or number",
                "my..bucket                               | must not contain two adjacent periods",
                "192.168.5.4                              | must not be formatted as an IP address",
                "10.0.0.1                                 | must not be formatted as an IP address",
                "xn--bucket                               | must not start with the prefix xn--",
                "sthree-bucket                            | must not start with the prefix sthree-",
                "sthree-configurator                      | must not start with the prefix sthree-configurator",
                "amzn-s3-demo-bucket                      | must not start with the prefix amzn-s3-demo-",
                "bucket-s3alias                           | must not end with the suffix -s3alias",
                "bucket--ol-s3                            | must not end with the suffix --ol-s3",
                "bucket.mrap                              | must not end with the suffix .mrap",
                "bucket--usw2-az1--x-s3                   | must not end with the suffix --x-s3",
                "bucket--table-s3                         | must not end with the suffix --table-s3",
                "_emulator                                | only lowercase letters, numbers, dots and hyphens (admin paths, ARCHITECTURE.md)"
            })
    void rejectsNamesThatBreakARule(String name, String rule) {
        assertThat(BucketNameRules.isValid(name)).as(rule).isFalse();
    }

    @Test
    void rejectsTheEmptyAndTheMissingName() {
        assertThat(BucketNameRules.isValid("")).isFalse();
        assertThat(BucketNameRules.isValid(null)).isFalse();
    }

    @Test
    void reportsInvalidBucketNameWithTheName() {
        // InvalidBucketName, 400, "The specified bucket is not valid." (ErrorResponses.html)
        assertThatThrownBy(() -> BucketNameRules.validate("Bad_Name")).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_BUCKET_NAME);
            assertThat(e.code().httpStatus()).isEqualTo(400);
            assertThat(e.details()).containsExactly(new S3Exception.Detail("BucketName", "Bad_Name"));
        });
    }
}
