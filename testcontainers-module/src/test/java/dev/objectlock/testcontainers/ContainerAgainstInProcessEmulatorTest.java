package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.sun.net.httpserver.HttpServer;
import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The container's own code paths with the Docker parts replaced: its endpoint points at an
 * in-process emulator, so the clock start, the clock and reset methods, the client helpers and the
 * wait strategy run for real without a Docker engine.
 */
class ContainerAgainstInProcessEmulatorTest {

    private static ObjectLockEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = ObjectLockEmulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @AfterEach
    void resetEmulator() {
        emulator.reset();
    }

    @Test
    void theClockStartIsAppliedOnceTheContainerHasStarted() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        ObjectLockEmulatorContainer container = new InProcess().withClockStart(start);
        assertThat(emulator.clock().isSystemTime()).isTrue();

        container.containerIsStarted(new InspectContainerResponse());

        assertThat(emulator.clock().isSystemTime()).isFalse();
        assertThat(container.now()).isBetween(start, start.plusSeconds(5));
    }

    @Test
    void withoutAClockStartTheClockIsLeftAlone() {
        new InProcess().containerIsStarted(new InspectContainerResponse());

        assertThat(emulator.clock().isSystemTime()).isTrue();
    }

    @Test
    void theClockMethodsAndResetGoThroughTheAdminApi() {
        ObjectLockEmulatorContainer container = new InProcess();

        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        Instant dayLater = Instant.parse("2030-01-02T00:00:00Z");
        assertThat(container.setClock(start)).isBetween(start, start.plusSeconds(5));
        assertThat(container.advanceClock(Duration.ofDays(1))).isBetween(dayLater, dayLater.plusSeconds(5));
        assertThat(emulator.clock().instant()).isBetween(dayLater, dayLater.plusSeconds(5));
        container.useSystemClock();
        assertThat(emulator.clock().isSystemTime()).isTrue();

        try (S3Client s3 = container.createS3Client()) {
            s3.createBucket(b -> b.bucket("records"));
            s3.putObject(b -> b.bucket("records").key("a.txt"), RequestBody.fromString("a"));
            container.setClock(Instant.parse("2030-01-01T00:00:00Z"));

            container.reset();

            assertThat(s3.listBuckets().buckets()).isEmpty();
            assertThat(emulator.clock().isSystemTime()).isTrue();
        }
    }

    @Test
    void theWaitStrategyPassesOnceTheHealthEndpointAnswers() {
        WaitStrategy wait = new InProcess().getWaitStrategy().withStartupTimeout(Duration.ofSeconds(5));

        wait.waitUntilReady(target(emulator.port()));
    }

    @Test
    void theWaitStrategyWaitsForTheHealthEndpointNotJustAnOpenPort() throws Exception {
        // A server on the port that answers 404 to everything: the port is open, the emulator is not there.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            WaitStrategy wait = new InProcess().getWaitStrategy().withStartupTimeout(Duration.ofSeconds(2));

            assertThatThrownBy(
                            () -> wait.waitUntilReady(target(server.getAddress().getPort())))
                    .isInstanceOf(ContainerLaunchException.class)
                    .hasMessageContaining("/_emulator/health");
        } finally {
            server.stop(0);
        }
    }

    /** A container whose endpoint is the in-process emulator: nothing here asks Docker. */
    private static final class InProcess extends ObjectLockEmulatorContainer {
        @Override
        public URI getEndpoint() {
            return emulator.endpoint();
        }

        @Override
        public WaitStrategy getWaitStrategy() {
            return super.getWaitStrategy();
        }
    }

    /** What a wait strategy sees of a started container whose port 9000 is mapped to {@code port}. */
    private static WaitStrategyTarget target(int port) {
        return new WaitStrategyTarget() {
            @Override
            public List<Integer> getExposedPorts() {
                return List.of(ObjectLockEmulatorContainer.PORT);
            }

            @Override
            public InspectContainerResponse getContainerInfo() {
                return new InspectContainerResponse();
            }

            @Override
            public String getHost() {
                return "127.0.0.1";
            }

            @Override
            public Integer getMappedPort(int originalPort) {
                assertThat(originalPort).isEqualTo(ObjectLockEmulatorContainer.PORT);
                return port;
            }

            @Override
            public boolean isRunning() {
                return true;
            }
        };
    }
}
