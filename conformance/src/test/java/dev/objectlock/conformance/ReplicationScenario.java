package dev.objectlock.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/**
 * Base of the replication scenarios: a replication configuration between two buckets of the run,
 * and waits that need no sleep on an emulator (its {@code /_emulator/replication/wait}) and poll
 * HeadObject on AWS, where replication takes seconds to minutes.
 */
abstract class ReplicationScenario extends ObjectLockScenario {

    /** On aws, the role S3 may assume to replicate between this run's buckets. */
    static final String REPLICATION_ROLE_PROPERTY = "conformance.replicationRoleArn";

    private static final Duration AWS_WAIT = Duration.ofMinutes(15);
    private static final Duration AWS_POLL = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newHttpClient();

    private String role() {
        if (!target.isAws()) {
            return "arn:aws:iam::123456789012:role/objectlock-conformance-replication";
        }
        String role = System.getProperty(REPLICATION_ROLE_PROPERTY);
        if (role == null || role.isBlank()) {
            throw new TestAbortedException("replication scenarios on aws need -D" + REPLICATION_ROLE_PROPERTY
                    + "=arn:aws:iam::<account>:role/<role S3 may assume to replicate>");
        }
        return role;
    }

    /** One V2 rule taking every key to {@code destination}, delete markers as {@code markers} says. */
    void replicateAll(String source, String destination, boolean markers) {
        ReplicationRule rule = ReplicationRule.builder()
                .id("all")
                .priority(1)
                .status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix(""))
                .deleteMarkerReplication(d -> d.status(
                        markers ? DeleteMarkerReplicationStatus.ENABLED : DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::" + destination))
                .build();
        s3.putBucketReplication(b ->
                b.bucket(source).replicationConfiguration(c -> c.role(role()).rules(rule)));
    }

    /** The source version's status once it is no longer PENDING. */
    ReplicationStatus settledStatus(String bucket, String key, String versionId) {
        awaitTrue(() -> status(bucket, key, versionId) != ReplicationStatus.PENDING);
        return status(bucket, key, versionId);
    }

    ReplicationStatus status(String bucket, String key, String versionId) {
        return s3.headObject(b -> b.bucket(bucket).key(key).versionId(versionId))
                .replicationStatus();
    }

    /**
     * On an emulator, waits until nothing is pending (then {@code done} must hold); on AWS, polls
     * {@code done} until it holds.
     */
    void awaitTrue(BooleanSupplier done) {
        if (target.emulatorEndpoint().isPresent()) {
            String answer = admin("wait", "{\"timeout\":\"PT60S\"}");
            if (!done.getAsBoolean()) {
                throw new AssertionError("nothing pending but the condition does not hold: " + answer);
            }
            return;
        }
        Instant deadline = Instant.now().plus(AWS_WAIT);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("replication did not get there within " + AWS_WAIT);
            }
            try {
                Thread.sleep(AWS_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An emulator's {@code POST /_emulator/replication/<action>}; its answer body. */
    String admin(String action, String json) {
        URI endpoint = target.emulatorEndpoint().orElseThrow();
        String base = endpoint.toString().endsWith("/") ? endpoint.toString() : endpoint + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "_emulator/replication/" + action))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
