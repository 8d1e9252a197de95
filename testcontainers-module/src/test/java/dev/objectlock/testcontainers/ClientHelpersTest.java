package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * The SDK clients the container hands out, built exactly as {@code createS3Client()} and
 * {@code createS3ControlClient()} build them, against an in-process emulator.
 */
class ClientHelpersTest {

    private static ObjectLockEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = ObjectLockEmulator.builder()
                .region("eu-west-1")
                .accountId("111122223333")
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Test
    void theS3ClientUsesPathStyleAddressingTheRegionAndAnyKey() {
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3Client s3 = AwsClients.s3(
                emulator.endpoint(),
                "eu-west-1",
                new EmulatorCredentials("any", "thing", null),
                b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recording(sent))))) {
            s3.createBucket(b -> b.bucket("records"));
            s3.putObject(b -> b.bucket("records").key("trade.csv"), RequestBody.fromString("first"));

            assertThat(s3.getObjectAsBytes(b -> b.bucket("records").key("trade.csv"))
                            .asUtf8String())
                    .isEqualTo("first");
            assertThat(s3.getBucketLocation(b -> b.bucket("records")).locationConstraintAsString())
                    .isEqualTo("eu-west-1");
        } finally {
            emulator.reset();
        }
        assertThat(sent).allSatisfy(request -> {
            assertThat(request.host()).isEqualTo("127.0.0.1");
            assertThat(request.port()).isEqualTo(emulator.port());
            assertThat(request.encodedPath()).startsWith("/records");
            assertThat(request.firstMatchingHeader("Authorization"))
                    .hasValueSatisfying(auth ->
                            assertThat(auth).contains("Credential=any/").contains("/eu-west-1/s3/aws4_request"));
        });
    }

    @Test
    void theS3ControlClientSendsJobRequestsToTheEmulatorUrlAsIs() {
        // With endpointOverride the SDK would call 111122223333.127.0.0.1, which cannot resolve ([C.1]).
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3ControlClient control = AwsClients.s3Control(
                emulator.endpoint(),
                "eu-west-1",
                ObjectLockEmulatorContainer.OPEN_MODE,
                b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recording(sent))))) {

            // The request reached the emulator, signed for s3 in the region, with the account in its
            // header; a new emulator has no jobs for that account.
            assertThat(control.listJobs(b -> b.accountId("111122223333")).jobs())
                    .isEmpty();
        }
        assertThat(sent).isNotEmpty().allSatisfy(request -> {
            assertThat(request.protocol() + "://" + request.host() + ":" + request.port())
                    .isEqualTo(emulator.endpoint().toString());
            assertThat(request.encodedPath()).isEqualTo("/v20180820/jobs");
            assertThat(request.firstMatchingHeader("x-amz-account-id")).hasValue("111122223333");
            assertThat(request.firstMatchingHeader("Authorization"))
                    .hasValueSatisfying(auth -> assertThat(auth).contains("/eu-west-1/s3/aws4_request"));
        });
    }

    private static ExecutionInterceptor recording(List<SdkHttpRequest> sent) {
        return new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.add(context.httpRequest());
            }
        };
    }
}
