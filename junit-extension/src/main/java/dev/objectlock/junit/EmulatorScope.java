package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * One emulator as one scope (a test, or a class with its nested classes) uses it, kept in that
 * scope's {@link ExtensionContext.Store}: JUnit closes it when the scope ends, which closes the
 * clients made for it and then stops the emulator, or gives it back to the per-JVM pool.
 *
 * <p>Implements the deprecated {@code CloseableResource} beside {@code AutoCloseable} because JUnit
 * before 5.13 closes only the former; 5.13 and later close a value that is both exactly once.
 */
@SuppressWarnings("deprecation")
final class EmulatorScope implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final ObjectLockEmulator emulator;
    private final EmulatorSettings settings;
    private final Runnable release;
    private final Map<String, Object> clients = new LinkedHashMap<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private boolean closed;

    private EmulatorScope(ObjectLockEmulator emulator, EmulatorSettings settings, Runnable release) {
        this.emulator = emulator;
        this.settings = settings;
        this.release = release;
    }

    /** A scope with an emulator of its own, stopped when the scope ends. */
    static EmulatorScope owning(EmulatorSettings settings) {
        ObjectLockEmulator emulator = settings.startEmulator();
        return new EmulatorScope(emulator, settings, emulator::stop);
    }

    /** A scope that borrows an emulator from {@code pool} and gives it back when the scope ends. */
    static EmulatorScope borrowing(EmulatorPool pool, EmulatorSettings settings) {
        ObjectLockEmulator emulator = pool.borrow(settings);
        return new EmulatorScope(emulator, settings, () -> pool.giveBack(settings, emulator));
    }

    /**
     * The context whose emulator {@code context} uses: the test itself when each test has its own
     * (PER_METHOD, or a test that may run concurrently), else the outermost enclosing class that runs
     * its children one after another, so a class and its same-thread nested classes share one.
     */
    static ExtensionContext owner(ExtensionContext context, EmulatorLifecycle lifecycle) {
        if (context.getTestMethod().isPresent()
                && (lifecycle == EmulatorLifecycle.PER_METHOD
                        || context.getExecutionMode() == ExecutionMode.CONCURRENT)) {
            return context;
        }
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        while (c.getExecutionMode() == ExecutionMode.SAME_THREAD
                && c.getParent().isPresent()
                && c.getParent().get().getTestClass().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** The scope {@code owner} keeps for {@code settings}, opened (its emulator started or borrowed) on first use. */
    static EmulatorScope of(ExtensionContext owner, EmulatorSettings settings, IdentityDocument identities) {
        return owner.getStore(ObjectLockEmulatorExtension.NAMESPACE)
                .getOrComputeIfAbsent(
                        new ScopeKey(owner.getUniqueId(), settings),
                        key -> open(owner, settings, identities),
                        EmulatorScope.class);
    }

    private static EmulatorScope open(ExtensionContext owner, EmulatorSettings settings, IdentityDocument identities) {
        EmulatorScope scope;
        if (settings.lifecycle() == EmulatorLifecycle.PER_JVM) {
            EmulatorPool pool = owner.getRoot()
                    .getStore(ObjectLockEmulatorExtension.NAMESPACE)
                    .getOrComputeIfAbsent(EmulatorPool.class, key -> new EmulatorPool(), EmulatorPool.class);
            scope = EmulatorScope.borrowing(pool, settings);
        } else {
            scope = EmulatorScope.owning(settings);
        }
        try {
            scope.prepare(BucketFixtures.of(owner), false, identities);
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
        return scope;
    }

    private record ScopeKey(String owner, EmulatorSettings settings) {}

    ObjectLockEmulator emulator() {
        return emulator;
    }

    /**
     * Empties the emulator (its identities stay), creates {@code fixtures} and sets the clock to the
     * start time.
     *
     * @param identities the identities the emulator started with, whose root creates the fixtures;
     *     null in open mode
     */
    void prepare(BucketFixtures fixtures, boolean reset, IdentityDocument identities) {
        if (reset) {
            emulator.reset();
        }
        settings.rewindClock(emulator);
        if (!fixtures.isEmpty()) {
            fixtures.createIn(emulator.endpoint(), emulator.region(), identities);
        }
    }

    /**
     * The client {@code key} (its type and identity) for this scope's emulator, made once on first
     * use; the scope closes the real client, the test gets a view whose {@code close()} does nothing.
     */
    synchronized Object client(
            String key, Function<ObjectLockEmulator, ? extends AutoCloseable> factory, Class<?> type) {
        Object client = clients.get(key);
        if (client == null) {
            AutoCloseable real = factory.apply(emulator);
            toClose.add(real);
            client = CloseIgnoringView.of(type, real);
            clients.put(key, client);
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (AutoCloseable client : toClose) {
            try {
                client.close();
            } catch (Exception e) {
                failure = addTo(failure, e);
            }
        }
        try {
            release.run();
        } catch (RuntimeException e) {
            failure = addTo(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException addTo(RuntimeException failure, Exception e) {
        if (failure == null) {
            return e instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("closing an emulator client failed", e);
        }
        failure.addSuppressed(e);
        return failure;
    }
}
