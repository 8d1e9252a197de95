package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.time.MutableClock;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * {@code @ExtendWith} and nothing else: every test gets a running, empty emulator, and every
 * injectable type arrives in the constructor, lifecycle methods and tests, all for the same
 * emulator (one per class, the default lifecycle).
 */
@ExtendWith(ObjectLockEmulatorExtension.class)
class InjectionTest {

    private static URI classEndpoint;

    private final ObjectLockEmulator fromConstructor;

    InjectionTest(ObjectLockEmulator emulator) {
        this.fromConstructor = emulator;
    }

    @BeforeAll
    static void beforeAll(URI endpoint, ObjectLockEmulator emulator) {
        classEndpoint = endpoint;
        assertThat(emulator.endpoint()).isEqualTo(endpoint);
    }

    @BeforeEach
    void beforeEach(S3Client s3, URI endpoint) {
        assertThat(endpoint).isEqualTo(classEndpoint);
        assertThat(s3.listBuckets().buckets()).as("empty before each test").isEmpty();
    }

    @Test
    void everyTypeIsInjectedForTheSameEmulator(
            URI endpoint,
            ObjectLockEmulator emulator,
            MutableClock mutableClock,
            Clock clock,
            BatchJobs jobs,
            S3Client s3,
            S3AsyncClient s3Async,
            S3ControlClient s3Control) {
        assertThat(endpoint).isEqualTo(emulator.endpoint()).isEqualTo(classEndpoint);
        assertThat(emulator).isSameAs(fromConstructor);
        assertThat(mutableClock).isSameAs(clock).isSameAs(emulator.clock());
        assertThat(jobs).isNotNull();

        s3.createBucket(b -> b.bucket("records"));
        s3.putObject(b -> b.bucket("records").key("a.txt"), RequestBody.fromString("a"));
        assertThat(s3Async.listObjectsV2(b -> b.bucket("records")).join().contents())
                .hasSize(1);
        assertThat(s3Control.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
        assertThat(s3.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
    }

    @RepeatedTest(3)
    void eachTestStartsEmpty(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).isEmpty();
        s3.createBucket(b -> b.bucket("records"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "two"})
    void parameterizedTestsToo(String bucket, S3Client s3) {
        assertThat(s3.listBuckets().buckets()).isEmpty();
        s3.createBucket(b -> b.bucket(bucket));
    }

    @Test
    void aClientTheTestClosesStaysUsableForTheNextTest(S3Client s3) {
        try (S3Client closedByHabit = s3) {
            closedByHabit.createBucket(b -> b.bucket("records"));
        }
        assertThat(s3.listBuckets().buckets()).hasSize(1);
    }

    @AfterEach
    void afterEach(URI endpoint) {
        assertThat(endpoint).isEqualTo(classEndpoint);
    }

    @AfterAll
    static void afterAll(ObjectLockEmulator emulator) {
        assertThat(emulator.endpoint()).isEqualTo(classEndpoint);
    }
}
