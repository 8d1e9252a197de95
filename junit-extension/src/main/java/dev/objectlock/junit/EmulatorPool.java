package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The emulators of {@link EmulatorLifecycle#PER_JVM}, kept in the root context's store so they live
 * until the test run ends. A class borrows an idle emulator with its settings (starting one if none
 * is idle) and gives it back, emptied, when it ends: a sequential run uses one emulator, a parallel
 * run as many as run at once, and no two scopes ever use one at the same time.
 */
@SuppressWarnings("deprecation")
final class EmulatorPool implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final Map<EmulatorSettings, Deque<ObjectLockEmulator>> idle = new HashMap<>();
    private final List<ObjectLockEmulator> all = new ArrayList<>();
    private boolean closed;

    ObjectLockEmulator borrow(EmulatorSettings settings) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the test run is over");
            }
            ObjectLockEmulator emulator =
                    idle.computeIfAbsent(settings, s -> new ArrayDeque<>()).poll();
            if (emulator != null) {
                return emulator;
            }
        }
        ObjectLockEmulator started = settings.startEmulator();
        synchronized (this) {
            all.add(started);
        }
        return started;
    }

    void giveBack(EmulatorSettings settings, ObjectLockEmulator emulator) {
        emulator.reset();
        synchronized (this) {
            if (!closed) {
                idle.computeIfAbsent(settings, s -> new ArrayDeque<>()).push(emulator);
                return;
            }
        }
        emulator.stop();
    }

    @Override
    public void close() {
        List<ObjectLockEmulator> toStop;
        synchronized (this) {
            closed = true;
            toStop = List.copyOf(all);
            all.clear();
            idle.clear();
        }
        toStop.forEach(ObjectLockEmulator::stop);
    }
}
