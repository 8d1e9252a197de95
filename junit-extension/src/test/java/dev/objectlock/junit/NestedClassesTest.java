package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code @Nested} classes share their enclosing class's emulator (reset before each of their tests
 * too), take injections in their own lifecycle methods, and a nested class with settings of its own
 * gets an emulator with those settings.
 */
@ObjectLockEmulatorTest
class NestedClassesTest {

    static URI outerEndpoint;

    @BeforeAll
    static void rememberTheClassEmulator(URI endpoint) {
        outerEndpoint = endpoint;
    }

    @BeforeEach
    void outerBeforeEach(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).isEmpty();
        s3.createBucket(b -> b.bucket("outer"));
    }

    @Test
    void outerTest(URI endpoint, S3Client s3) {
        assertThat(endpoint).isEqualTo(outerEndpoint);
        assertThat(s3.listBuckets().buckets()).hasSize(1);
    }

    @Nested
    class Inner {

        @BeforeEach
        void innerBeforeEach(S3Client s3) {
            s3.createBucket(b -> b.bucket("inner"));
        }

        @Test
        void sharesTheEnclosingEmulatorAndStartsEmpty(URI endpoint, S3Client s3) {
            assertThat(endpoint).isEqualTo(outerEndpoint);
            assertThat(s3.listBuckets().buckets()).hasSize(2);
        }

        @Test
        void secondTest(S3Client s3) {
            assertThat(s3.listBuckets().buckets()).hasSize(2);
        }

        @Nested
        class Deeper {
            @Test
            void stillTheSameEmulator(URI endpoint, S3Client s3) {
                assertThat(endpoint).isEqualTo(outerEndpoint);
                assertThat(s3.listBuckets().buckets()).hasSize(2);
            }

            @AfterEach
            void afterEach(ObjectLockEmulator emulator) {
                assertThat(emulator.endpoint()).isEqualTo(outerEndpoint);
            }
        }
    }

    @Nested
    @ObjectLockEmulatorTest(region = "eu-central-1")
    class WithOtherSettings {

        @Test
        void getsAnEmulatorWithThoseSettings(ObjectLockEmulator emulator, S3Client s3) {
            assertThat(emulator.endpoint()).isNotEqualTo(outerEndpoint);
            assertThat(emulator.region()).isEqualTo("eu-central-1");
            assertThat(s3.serviceClientConfiguration().region().id()).isEqualTo("eu-central-1");
            assertThat(s3.listBuckets().buckets()).hasSize(1);
        }
    }
}
