package dev.objectlock.junit.nosdk;

import dev.objectlock.junit.ObjectLockEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3AsyncClient;

@ObjectLockEmulatorTest
public class S3AsyncClientTestCases {

    @Test
    void s3AsyncClientIsInjected(S3AsyncClient s3) {
        s3.listBuckets().join();
    }
}
