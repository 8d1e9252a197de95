package dev.objectlock.emulator.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.it.SecuredIdentities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Malformed requests, as raw bytes over plain sockets, against an open and a secured emulator
 * (issues 12 and 14). Every answer must be a success or an S3 error document with a request id,
 * never a 5xx but 501 and never a hang, and afterwards the locked versions, the bucket policy and
 * the identities must be as they were.
 *
 * <p>{@code -Dbadinput.requests=N} (default 2000, shared by the two emulators) and
 * {@code -Dbadinput.seed=S} (default: a new seed each run, printed) repeat or lengthen a run.
 */
class BadInputFuzzTest {

    private static final int REQUESTS = Integer.getInteger("badinput.requests", 2000);
    private static final long SEED = Long.getLong("badinput.seed", System.nanoTime());
    private static final int THREADS = 3;

    @Test
    void openEmulatorAnswersEveryMalformedRequestAsS3() throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
                S3Client s3 = client(emulator, "any", "any")) {
            FuzzTargets targets = LockedVersions.create(s3);
            List<String> before = LockedVersions.snapshot(s3);
            ExecutorService stalled = Executors.newFixedThreadPool(2);
            RawHttp patient = new RawHttp(emulator.port(), 60_000);
            Future<RawHttp.RawResponse> stalledBody = stalled.submit(
                    () -> patient.send(RawRequest.builder("stalled body", "PUT", "/" + targets.scratch() + "/stalled")
                            .header("Content-Length", "100")
                            .body("only ten b")
                            .build()));
            Future<RawHttp.RawResponse> stalledRetention = stalled.submit(() -> patient.send(RawRequest.builder(
                            "stalled retention", "PUT", "/" + targets.locked() + "/governance?retention")
                    .header("x-amz-bypass-governance-retention", "true")
                    .header("Content-MD5", Digests.md5(new byte[500]))
                    .header("Content-Length", "500")
                    .body("<Retention xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Mode>GOVERNANCE</Mode>")
                    .build()));

            List<String> violations = fuzz(emulator, new MalformedRequests(targets, null), REQUESTS * 11 / 20, SEED);

            assertThat(violations).as(seedNote()).isEmpty();
            // A body that stops arriving is refused as S3 refuses it, once S3's 20 s have passed [R50].
            assertThat(List.of(stalledBody.get(), stalledRetention.get())).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.bodyText()).contains("<Code>RequestTimeout</Code>");
                assertThat(r.header("x-amz-request-id")).isNotNull();
            });
            stalled.shutdownNow();
            assertThat(LockedVersions.snapshot(s3)).as(seedNote()).isEqualTo(before);
        }
    }

    @Test
    void securedEmulatorAnswersEveryMalformedRequestAsS3() throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                        .identities(SecuredIdentities.DOCUMENT)
                        .build()
                        .start();
                S3Client s3 = client(emulator, SecuredIdentities.ROOT_KEY, "root-secret")) {
            FuzzTargets targets = LockedVersions.create(s3);
            List<String> before = LockedVersions.snapshot(s3);
            String identities = adminGet(emulator, "/_emulator/identities");
            Signer root = new Signer(emulator.port(), SecuredIdentities.ROOT_KEY, "root-secret");

            List<String> violations =
                    fuzz(emulator, new MalformedRequests(targets, root), REQUESTS - REQUESTS * 11 / 20, SEED + 1);

            assertThat(violations).as(seedNote()).isEmpty();
            assertThat(LockedVersions.snapshot(s3)).as(seedNote()).isEqualTo(before);
            assertThat(adminGet(emulator, "/_emulator/identities"))
                    .as(seedNote())
                    .isEqualTo(identities);
            assertThat(policyError(s3, targets.scratch())).as(seedNote()).isEqualTo("NoSuchBucketPolicy");
        }
    }

    /** Sends {@code count} generated requests on a few threads; returns the rules they broke. */
    private static List<String> fuzz(ObjectLockEmulator emulator, MalformedRequests generator, int count, long seed)
            throws Exception {
        Random random = new Random(seed);
        List<RawRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(generator.next(random));
        }
        RawHttp http = new RawHttp(emulator.port(), 15_000);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<String> violations = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (RawRequest request : requests) {
                answers.add(pool.submit(() -> {
                    long sent = System.nanoTime();
                    RawHttp.RawResponse response = http.send(request);
                    long millis = (System.nanoTime() - sent) / 1_000_000;
                    if (millis > 2_000) {
                        System.out.println("slow answer (" + millis + " ms): " + request.label());
                    }
                    String broken = ResponseRules.violation(request, response);
                    if (System.getProperty("badinput.trace") != null && response.status() < 300) {
                        System.out.println("ACCEPTED " + response.status() + " " + request);
                    }
                    return broken == null ? null : broken + "\n    request: " + request;
                }));
            }
            for (Future<String> answer : answers) {
                String broken = answer.get();
                if (broken != null) {
                    violations.add(broken);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "bad input: %d requests, seed %d, %d ms, %d broke a rule%n",
                count, seed, (System.nanoTime() - started) / 1_000_000, violations.size());
        return violations;
    }

    private static String seedNote() {
        return "repeat with -Dbadinput.seed=" + SEED;
    }

    private static S3Client client(ObjectLockEmulator emulator, String key, String secret) {
        return S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    private static String adminGet(ObjectLockEmulator emulator, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String policyError(S3Client s3, String bucket) {
        try {
            return "policy present: "
                    + s3.getBucketPolicy(b -> b.bucket(bucket)).policy();
        } catch (S3Exception e) {
            return e.awsErrorDetails().errorCode();
        }
    }
}
