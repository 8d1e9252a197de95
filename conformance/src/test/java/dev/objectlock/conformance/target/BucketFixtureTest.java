package dev.objectlock.conformance.target;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.conformance.support.S3Steps;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/** The fixture's names and its cleanup, against whatever target the run uses. */
@ExtendWith(TargetExtension.class)
class BucketFixtureTest {

    /** S3 general purpose bucket naming rules, without dots (which break virtual-host TLS). */
    private static final String VALID_BUCKET_NAME = "[a-z0-9][a-z0-9-]{1,61}[a-z0-9]";

    @Test
    void namesAreValidUniqueAndCarryTheRunId() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            names.add(BucketNames.next("olconf"));
        }

        assertThat(names)
                .hasSize(200)
                .allSatisfy(name ->
                        assertThat(name).matches(VALID_BUCKET_NAME).startsWith("olconf-" + BucketNames.runId() + "-"));
        assertThat(BucketNames.next("a-twenty-char-prefix")).matches(VALID_BUCKET_NAME);
    }

    @Test
    void prefixesThatCouldMakeInvalidNamesAreRejected() {
        for (String bad :
                List.of("", "Upper", "dots.in", "trailing-", "-leading", "xn--punycode", "a-prefix-of-21-chars-")) {
            assertThatThrownBy(() -> BucketNames.validPrefix(bad))
                    .as("prefix '%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("conformance.bucketPrefix");
        }
    }

    @Test
    void closeRemovesVersionsMarkersAndTheBucketsThemselves(Target target) {
        S3Steps steps = new S3Steps(target.s3());
        BucketFixture fixture = new BucketFixture(target);
        String versioned = fixture.createVersioned();
        steps.putVersion(versioned, "a", "1");
        steps.putVersion(versioned, "a", "2");
        steps.delete(versioned, "a");
        steps.delete(versioned, "never-existed");
        String suspended = fixture.createVersioned();
        steps.put(suspended, "b", "enabled");
        steps.suspendVersioning(suspended);
        steps.put(suspended, "b", "null version");
        String plain = fixture.create();
        steps.put(plain, "c", "body");

        fixture.close();

        for (String bucket : List.of(versioned, suspended, plain)) {
            assertS3Error(() -> target.s3().headBucket(b -> b.bucket(bucket)))
                    .as(bucket)
                    .hasStatus(404);
        }
    }

    @Test
    void closeToleratesBucketsTheScenarioAlreadyDeleted(Target target) {
        BucketFixture fixture = new BucketFixture(target);
        String bucket = fixture.create();
        target.s3().deleteBucket(b -> b.bucket(bucket));

        fixture.close();

        assertS3Error(() -> target.s3().headBucket(b -> b.bucket(bucket))).hasStatus(404);
    }

    @Test
    void closeReleasesLockedVersionsAndReturnsTheClockToSystemTime(Target target) {
        S3Client s3 = target.s3();
        BucketFixture fixture = new BucketFixture(target);
        String bucket = fixture.createWithObjectLock();
        Instant now = target.now().truncatedTo(ChronoUnit.SECONDS);
        // On aws cleanup must wait COMPLIANCE out, so only seconds; the emulator's clock is moved past a day.
        Instant complianceUntil = now.plus(target.clock().isPresent() ? Duration.ofDays(1) : Duration.ofSeconds(5));
        s3.putObject(
                b -> b.bucket(bucket)
                        .key("governance")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(now.plus(Duration.ofMinutes(10))),
                RequestBody.fromString("g"));
        s3.putObject(
                b -> b.bucket(bucket)
                        .key("compliance")
                        .objectLockMode(ObjectLockMode.COMPLIANCE)
                        .objectLockRetainUntilDate(complianceUntil),
                RequestBody.fromString("c"));
        s3.putObject(
                b -> b.bucket(bucket).key("held").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("h"));
        s3.deleteObject(b -> b.bucket(bucket).key("held"));
        target.clock().ifPresent(clock -> clock.advance(Duration.ofMinutes(1)));

        fixture.close();

        assertS3Error(() -> s3.headBucket(b -> b.bucket(bucket))).hasStatus(404);
        target.clock()
                .ifPresent(clock -> assertThat(
                                Duration.between(Instant.now(), clock.now()).abs())
                        .as("the emulator clock reads system time again")
                        .isLessThan(Duration.ofMinutes(1)));
    }
}
