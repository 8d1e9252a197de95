package dev.objectlock.junit.nosdk;

import dev.objectlock.junit.ObjectLockEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@ObjectLockEmulatorTest
public class S3ClientTestCases {

    @Test
    void s3ClientIsInjected(S3Client s3) {
        s3.createBucket(b -> b.bucket("records"));
        if (s3.listBuckets().buckets().size() != 1) {
            throw new AssertionError("one bucket expected");
        }
    }
}
