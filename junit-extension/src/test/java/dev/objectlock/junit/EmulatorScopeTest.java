package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What JUnit's store triggers when a scope ends: clients closed first, then the emulator stopped. */
class EmulatorScopeTest {

    /** A stand-in client type: an interface, as the SDK's clients are. */
    interface Client extends AutoCloseable {
        String call();
    }

    @Test
    void closingTheScopeClosesItsClientsWhileTheEmulatorStillRunsThenStopsIt() {
        EmulatorScope scope = EmulatorScope.owning(EmulatorSettings.DEFAULTS);
        ObjectLockEmulator emulator = scope.emulator();
        List<String> closed = new ArrayList<>();
        Client view = (Client) scope.client(
                "client",
                e -> new Client() {
                    @Override
                    public String call() {
                        return "called";
                    }

                    @Override
                    public void close() {
                        closed.add("client closed while the emulator listens on "
                                + e.endpoint().getPort());
                    }
                },
                Client.class);

        assertThat(scope.client(
                        "client",
                        e -> {
                            throw new AssertionError("made once per scope");
                        },
                        Client.class))
                .isSameAs(view);
        assertThat(view.call()).isEqualTo("called");

        scope.close();

        // endpoint() throws once the emulator has stopped, so the client was closed before that
        assertThat(closed).singleElement().asString().startsWith("client closed while the emulator listens on ");
        assertThatThrownBy(emulator::endpoint).hasMessageStartingWith("not started");
        scope.close();
        assertThat(closed).hasSize(1);
    }

    @Test
    void theViewATestGetsIgnoresClose() throws Exception {
        EmulatorScope scope = EmulatorScope.owning(EmulatorSettings.DEFAULTS);
        List<String> closed = new ArrayList<>();
        try {
            Client view = (Client) scope.client(
                    "client",
                    e -> new Client() {
                        @Override
                        public String call() {
                            return "still open";
                        }

                        @Override
                        public void close() {
                            closed.add("closed");
                        }
                    },
                    Client.class);

            view.close();

            assertThat(closed).isEmpty();
            assertThat(view.call()).isEqualTo("still open");
        } finally {
            scope.close();
        }
        assertThat(closed).containsExactly("closed");
    }
}
