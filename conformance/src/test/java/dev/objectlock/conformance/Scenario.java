package dev.objectlock.conformance;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.BucketFixture;
import dev.objectlock.conformance.target.TargetExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What every scenario class starts from: the run's client, a per-test bucket fixture (cleaned up
 * after each test, pass or fail) and the shared steps. Deliberately nothing more; helpers that
 * only one theme needs stay in that theme's class.
 */
@ExtendWith(TargetExtension.class)
abstract class Scenario {

    protected S3Client s3;
    protected BucketFixture buckets;
    protected S3Steps steps;

    @BeforeEach
    final void injectTarget(S3Client s3, BucketFixture buckets) {
        this.s3 = s3;
        this.buckets = buckets;
        this.steps = new S3Steps(s3);
    }
}
