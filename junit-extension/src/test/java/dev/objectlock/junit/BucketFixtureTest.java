package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.junit.EmulatorBucket.Mode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DefaultRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/** Buckets declared on the class, on nested classes and on methods exist when each test starts. */
@ObjectLockEmulatorTest
@EmulatorBucket(name = "ledger", retentionMode = Mode.COMPLIANCE, retentionDays = 30)
@EmulatorBucket(name = "records", versioning = true)
class BucketFixtureTest {

    @BeforeAll
    static void classFixturesExistInBeforeAll(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("ledger", "records");
    }

    @Test
    void classBucketsExistWithObjectLockAndDefaultRetention(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("ledger", "records");
        DefaultRetention retention = s3.getObjectLockConfiguration(b -> b.bucket("ledger"))
                .objectLockConfiguration()
                .rule()
                .defaultRetention();
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(retention.days()).isEqualTo(30);
        assertThat(s3.getBucketVersioning(b -> b.bucket("ledger")).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(s3.getBucketVersioning(b -> b.bucket("records")).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        s3.deleteBucket(b -> b.bucket("records"));
    }

    @Test
    @EmulatorBucket(name = "archive", objectLock = true)
    @EmulatorBucket(name = "scratch")
    void methodBucketsAreAddedForThatTest(S3Client s3) {
        assertThat(s3.listBuckets().buckets())
                .extracting(Bucket::name)
                .containsExactly("archive", "ledger", "records", "scratch");
        assertThat(s3.getObjectLockConfiguration(b -> b.bucket("archive"))
                        .objectLockConfiguration()
                        .rule())
                .isNull();
        assertThat(s3.getBucketVersioning(b -> b.bucket("scratch")).status()).isNull();
    }

    @Test
    void theyAreCreatedAgainAfterEachReset(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("ledger", "records");
    }

    @Nested
    @EmulatorBucket(name = "nested", retentionMode = Mode.GOVERNANCE, retentionYears = 1)
    class InANestedClass {

        @Test
        void enclosingAndOwnBucketsExist(S3Client s3) {
            assertThat(s3.listBuckets().buckets())
                    .extracting(Bucket::name)
                    .containsExactly("ledger", "nested", "records");
            DefaultRetention retention = s3.getObjectLockConfiguration(b -> b.bucket("nested"))
                    .objectLockConfiguration()
                    .rule()
                    .defaultRetention();
            assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
            assertThat(retention.years()).isEqualTo(1);
        }
    }
}
