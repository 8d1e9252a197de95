package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the image itself promises in the README, checked in Docker: the user it runs as, its
 * HEALTHCHECK, flags after the image name, and state in {@code /data} that outlives the container.
 */
@RequiresDocker
class EmulatorImageDockerTest {

    private static DockerImageName image;

    @BeforeAll
    static void buildImage() {
        image = EmulatorImage.get();
    }

    @Test
    void theEmulatorRunsAsUid10001AndOwnsData() throws Exception {
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer(image).withDataDir("/data")) {
            emulator.start();
            try (S3Client s3 = emulator.createS3Client()) {
                s3.createBucket(b -> b.bucket("records"));
                s3.putObject(b -> b.bucket("records").key("a.txt"), RequestBody.fromString("a"));
            }

            // PID 1 is the JVM (exec-form ENTRYPOINT); real, effective, saved and fs uid are all 10001.
            ExecResult status = emulator.execInContainer("grep", "-E", "^(Uid|Gid):", "/proc/1/status");
            assertThat(status.getStdout())
                    .isEqualToIgnoringWhitespace("Uid: 10001 10001 10001 10001 " + "Gid: 10001 10001 10001 10001");
            assertThat(emulator.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
            ExecResult data = emulator.execInContainer("ls", "/data", "/data/db");
            assertThat(data.getExitCode()).as(data.getStderr()).isZero();
            assertThat(data.getStdout()).contains("blobs").contains("objectlock.mv.db");
        }
    }

    @Test
    void theImagesOwnHealthCheckReportsHealthy() throws Exception {
        InspectImageResponse inspected = DockerClientFactory.instance()
                .client()
                .inspectImageCmd(image.asCanonicalNameString())
                .exec();
        assertThat(String.join(" ", inspected.getConfig().getHealthcheck().getTest()))
                .contains("/_emulator/health");

        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer(image)) {
            emulator.start();
            // The HEALTHCHECK first runs one interval (10 s) after the start.
            Instant deadline = Instant.now().plusSeconds(60);
            String status = null;
            while (Instant.now().isBefore(deadline)) {
                status = emulator.getCurrentContainerInfo()
                        .getState()
                        .getHealth()
                        .getStatus();
                if (!"starting".equals(status)) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertThat(status).isEqualTo("healthy");
        }
    }

    @Test
    void flagsAfterTheImageNameConfigureTheEmulatorAndWinOverTheEnvironment() {
        // As `docker run -e OBJECTLOCK_REGION=us-west-2 IMAGE --region eu-west-1` would.
        try (ObjectLockEmulatorContainer emulator =
                new ObjectLockEmulatorContainer(image).withRegion("us-west-2").withCommand("--region", "eu-west-1")) {
            emulator.start();

            assertThat(emulator.getLogs())
                    .contains(" listening on http://0.0.0.0:9000 (region eu-west-1, in-memory; "
                            + "in a container: clients use the host port mapped to 9000)");
            try (S3Client s3 = emulator.createS3Client(b -> b.region(Region.EU_WEST_1))) {
                s3.createBucket(b -> b.bucket("records")); // the SDK adds the eu-west-1 constraint
                assertThat(s3.getBucketLocation(b -> b.bucket("records")).locationConstraintAsString())
                        .isEqualTo("eu-west-1");
            }
        }
    }

    @Test
    void withDataDirOnAVolumeTheStateSurvivesARestart() {
        DockerClient docker = DockerClientFactory.instance().client();
        String volume = "objectlock-test-" + UUID.randomUUID();
        Instant retainUntil = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try {
            String v1;
            try (ObjectLockEmulatorContainer first = onVolume(volume)) {
                first.start();
                try (S3Client s3 = first.createS3Client()) {
                    s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                    v1 = s3.putObject(
                                    b -> b.bucket("ledger")
                                            .key("trade.csv")
                                            .objectLockMode(ObjectLockMode.COMPLIANCE)
                                            .objectLockRetainUntilDate(retainUntil),
                                    RequestBody.fromString("locked"))
                            .versionId();
                }
                // `docker stop`: SIGTERM, and the emulator's shutdown hook closes its database.
                docker.stopContainerCmd(first.getContainerId()).withTimeout(30).exec();
            }

            try (ObjectLockEmulatorContainer second = onVolume(volume)) {
                second.start();
                try (S3Client s3 = second.createS3Client()) {
                    assertThat(s3.getObjectAsBytes(b ->
                                            b.bucket("ledger").key("trade.csv").versionId(v1))
                                    .asUtf8String())
                            .isEqualTo("locked");
                    ObjectLockRetention retention = s3.getObjectRetention(
                                    b -> b.bucket("ledger").key("trade.csv").versionId(v1))
                            .retention();
                    assertThat(retention.modeAsString()).isEqualTo("COMPLIANCE");
                    assertThat(retention.retainUntilDate()).isEqualTo(retainUntil);
                    assertThatThrownBy(() -> s3.deleteObject(
                                    b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                            .isInstanceOfSatisfying(
                                    S3Exception.class,
                                    e -> assertThat(e.statusCode()).isEqualTo(403));
                }
            }
        } finally {
            docker.removeVolumeCmd(volume).exec();
        }
    }

    /** As {@code docker run -e OBJECTLOCK_DATA_DIR=/data -v <volume>:/data IMAGE}. */
    private static ObjectLockEmulatorContainer onVolume(String volume) {
        return new ObjectLockEmulatorContainer(image)
                .withDataDir("/data")
                .withCreateContainerCmdModifier(
                        cmd -> cmd.getHostConfig().withBinds(new Bind(volume, new Volume("/data"))));
    }
}
