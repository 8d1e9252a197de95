package dev.objectlock.emulator.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Batch tasks run many to a transaction (a chunk) and join it through the domain services. When a
 * chunk rolls back, every version a task removed in it comes back, so its body must still be there:
 * the services release a replaced or deleted body only after the outermost commit.
 */
class RolledBackChunkTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @Test
    void replacingANullVersionInAChunkThatRollsBackKeepsTheOldBody() {
        client.createBucket(b -> b.bucket("plain"));
        client.putObject(b -> b.bucket("plain").key("k"), RequestBody.fromString("original"));
        ObjectService objects = EmulatorInternals.objects(s3.emulator());

        inChunkThatRollsBack(() -> objects.put(new ObjectService.PutObject(
                "plain",
                "k",
                new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of()),
                LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(bytes("replacement")), null),
                Conditions.none())));

        assertThat(client.getObjectAsBytes(b -> b.bucket("plain").key("k")).asUtf8String())
                .isEqualTo("original");
    }

    @Test
    void deletingANullVersionInAChunkThatRollsBackKeepsItsBody() {
        client.createBucket(b -> b.bucket("plain"));
        client.putObject(b -> b.bucket("plain").key("k"), RequestBody.fromString("original"));
        ObjectDeletionService deletions = EmulatorInternals.deletions(s3.emulator());

        inChunkThatRollsBack(
                () -> deletions.delete(new ObjectDeletionService.DeleteObject("plain", "k", "null", null, null)));

        assertThat(client.getObjectAsBytes(b -> b.bucket("plain").key("k")).asUtf8String())
                .isEqualTo("original");
    }

    @Test
    void aChunkThatCommitsStillReplacesTheNullVersion() {
        client.createBucket(b -> b.bucket("plain"));
        client.putObject(b -> b.bucket("plain").key("k"), RequestBody.fromString("original"));
        ObjectService objects = EmulatorInternals.objects(s3.emulator());

        EmulatorInternals.transactions(s3.emulator())
                .inTransaction(() -> objects.put(new ObjectService.PutObject(
                        "plain",
                        "k",
                        new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of()),
                        LockHeaders.NONE,
                        Payload.internal(new ByteArrayInputStream(bytes("replacement")), null),
                        Conditions.none())));

        assertThat(client.getObjectAsBytes(b -> b.bucket("plain").key("k")).asUtf8String())
                .isEqualTo("replacement");
    }

    private static void inChunkThatRollsBack(Runnable task) {
        Transactions tx = EmulatorInternals.transactions(s3.emulator());
        assertThatThrownBy(() -> tx.inTransaction(() -> {
                    task.run();
                    throw new IllegalStateException("the chunk fails after the task");
                }))
                .hasMessage("the chunk fails after the task");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
