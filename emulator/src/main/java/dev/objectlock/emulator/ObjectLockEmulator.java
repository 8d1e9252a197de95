package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.AwaitedJob;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.authorization.ConfiguredIdentities;
import dev.objectlock.emulator.lifecycle.LifecycleReport;
import dev.objectlock.emulator.lifecycle.LifecycleSchedule;
import dev.objectlock.emulator.replication.ReplicationCounts;
import dev.objectlock.emulator.time.MutableClock;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An embeddable emulator: {@code ObjectLockEmulator.builder().build().start()}. Each instance has
 * its own database, blob folder and clock, so several can run in one JVM without seeing each other.
 * The composition root: the one class that wires every layer.
 */
public final class ObjectLockEmulator implements AutoCloseable {

    private static final String NOT_STARTED = "not started; call start() first";

    private final EmulatorConfig config;
    private final MutableClock clock = new MutableClock();
    private LifecycleSchedule lifecycleSchedule;
    /** Open or secured mode (issue 12); kept by reset, replaced through {@code /_emulator/identities}. */
    private final ConfiguredIdentities identities;

    private EmulatorStorage storage;
    private Javalin server;
    private EmulatorServices services;

    private ObjectLockEmulator(EmulatorConfig config, Identities model) {
        this.config = config;
        this.identities = new ConfiguredIdentities(config.accountId());
        if (config.identities() != null) {
            identities.replace(config.identities());
        } else if (model != null) {
            identities.replace(model);
        }
    }

    /**
     * Starts configuring an emulator.
     *
     * @return a builder with the defaults: 127.0.0.1, any free port, us-east-1, in memory, open mode
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An emulator with a configuration built elsewhere (the standalone jar reads it from flags and
     * the environment).
     *
     * @param config where to listen, the region and account, and where to keep state
     * @return the emulator, not yet started
     */
    public static ObjectLockEmulator create(EmulatorConfig config) {
        return new ObjectLockEmulator(config, null);
    }

    /**
     * Opens storage, applies the schema and starts serving.
     *
     * @return this emulator, for chaining
     * @throws IllegalStateException if it was already started
     */
    public synchronized ObjectLockEmulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        storage = EmulatorStorage.open(config.dataDir());
        CompletableFuture<Void> storageReady = storage.ready();
        EmulatorRoutes.warmUpXmlOnce();
        services = EmulatorServices.wire(storage, clock, config, identities);
        var batchJobs = services.batchJobs();
        var lifecycle = services.lifecycle();
        var control = new AdminControl(this::reset, clock, batchJobs, identities, lifecycle, services.replication());
        try {
            server = EmulatorRoutes.of(services, config, identities)
                    .adminToken(config.adminToken())
                    .build(config.host(), config.port(), control)
                    .start();
            storageReady.join();
            batchJobs.start();
            services.replication().start();
            clock.onMove(lifecycle::runAt);
        } catch (RuntimeException e) {
            storageReady.handle((ok, failure) -> null).join();
            stop();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /** Stops serving and releases storage; in-memory state is gone afterwards. */
    public synchronized void stop() {
        clock.onMove(null);
        if (lifecycleSchedule != null) {
            lifecycleSchedule.close();
            lifecycleSchedule = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
        if (services != null) {
            services.replication().close();
            services.batchJobs().close();
            services = null;
        }
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Empties every bucket and returns the clock to system time, without a restart; identities stay. */
    public void reset() {
        // read before started(): stop() drops the services before the storage, so this is not null then
        EmulatorStorage startedStorage = storage;
        EmulatorServices running = started();
        running.batchJobs().reset();
        running.replication().resetAround(() -> {
            startedStorage.clear();
            clock.useSystemTime();
        });
    }

    /**
     * Waits up to a minute until no replication task is pending; see {@link #awaitReplication(Duration)}.
     *
     * @return the replication counters once nothing is pending
     */
    public ReplicationCounts awaitReplication() {
        return awaitReplication(Duration.ofMinutes(1));
    }

    /**
     * Waits until no replication task is pending ([R140]), so a test needs no sleep.
     *
     * @param timeout how long to wait at most
     * @return the replication counters once nothing is pending
     * @throws IllegalStateException when {@code timeout} passes first
     */
    public ReplicationCounts awaitReplication(Duration timeout) {
        return started().replication().awaitOrFail(timeout);
    }

    /**
     * Runs lifecycle now, on the emulator's clock ([R95]); moving the clock does so too.
     *
     * @return the counters of what it did
     */
    public LifecycleReport runLifecycle() {
        return started().lifecycle().runAt(clock.instant());
    }

    /**
     * Also runs lifecycle every {@code interval} while the clock reads system time, until stopped; the
     * standalone jar does this (--lifecycle-interval) [R95].
     *
     * @param interval the time between two runs
     */
    public synchronized void runLifecycleEvery(Duration interval) {
        EmulatorServices running = started();
        if (lifecycleSchedule != null) {
            lifecycleSchedule.close();
        }
        lifecycleSchedule = LifecycleSchedule.start(
                interval, clock::isSystemTime, () -> running.lifecycle().runAt(clock.instant()));
    }

    /**
     * The URL clients talk to.
     *
     * @return the URL, such as {@code http://127.0.0.1:54321}
     * @throws IllegalStateException if not started
     */
    public URI endpoint() {
        if (server == null) {
            throw new IllegalStateException(NOT_STARTED);
        }
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + server.port());
    }

    /**
     * The port it listens on: the one asked for, or the free port it found for 0.
     *
     * @return the port
     */
    public int port() {
        return endpoint().getPort();
    }

    /**
     * Waits until the S3 Batch Operations job is Complete, Failed or Cancelled, up to a minute.
     *
     * @param jobId the id CreateJob returned
     * @return the job as DescribeJob would show it
     */
    public BatchJob awaitJob(String jobId) {
        return awaitJob(jobId, Duration.ofMinutes(1));
    }

    /**
     * Waits until the job reaches one of {@code statuses} (Complete, Failed or Cancelled when none
     * is given) and returns it as DescribeJob would; IllegalStateException if {@code timeout} passes
     * first, or if there is no such job.
     *
     * @param jobId the id CreateJob returned
     * @param timeout how long to wait
     * @param statuses the statuses to wait for; none means Complete, Failed or Cancelled
     * @return the job as DescribeJob would show it
     */
    public BatchJob awaitJob(String jobId, Duration timeout, JobStatus... statuses) {
        Set<JobStatus> wanted = statuses.length == 0 ? Set.of() : EnumSet.copyOf(List.of(statuses));
        AwaitedJob awaited = started()
                .batchJobs()
                .awaitJob(jobId, timeout, wanted)
                .orElseThrow(() -> new IllegalStateException("no batch job " + jobId
                        + " (never created, forgotten by a reset, or deleted 90 days after it ended)"));
        if (awaited.timedOut()) {
            throw new IllegalStateException(
                    "batch job " + jobId + " is still " + awaited.job().status() + " after " + timeout
                            + (wanted.isEmpty() ? "" : "; waited for " + wanted));
        }
        return awaited.job();
    }

    /** The services behind a started emulator, for in-process tests and benchmarks of this module. */
    EmulatorServices wiring() {
        return started();
    }

    private EmulatorServices started() {
        EmulatorServices running = services;
        if (running == null) {
            throw new IllegalStateException(NOT_STARTED);
        }
        return running;
    }

    /**
     * The clock every rule reads; tests set or advance it.
     *
     * @return this emulator's clock
     */
    public MutableClock clock() {
        return clock;
    }

    /**
     * The configuration it was built with.
     *
     * @return the configuration
     */
    public EmulatorConfig config() {
        return config;
    }

    /**
     * The region its buckets live in.
     *
     * @return the region, such as {@code us-east-1}
     */
    public String region() {
        return config.region();
    }

    /**
     * The account that owns its buckets and jobs.
     *
     * @return the 12-digit account id
     */
    public String accountId() {
        return config.accountId();
    }

    /**
     * Whether identities are configured: every request is then authenticated and authorised (issue 12).
     *
     * @return true in secured mode, false in open mode
     */
    public boolean secured() {
        return identities.secured();
    }

    /** Builder for an in-process emulator; defaults: 127.0.0.1, any free port, us-east-1, in memory. */
    public static final class Builder {
        private final EmulatorConfig.Builder config = EmulatorConfig.builder();
        private Identities identitiesModel;

        /**
         * The address to listen on.
         *
         * @param host an address, such as {@code 0.0.0.0} for every interface; default 127.0.0.1
         * @return this builder
         */
        public Builder host(String host) {
            config.host(host);
            return this;
        }

        /**
         * The port to listen on.
         *
         * @param port a port; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            config.port(port);
            return this;
        }

        /**
         * The region buckets live in.
         *
         * @param region a region name; default us-east-1
         * @return this builder
         */
        public Builder region(String region) {
            config.region(region);
            return this;
        }

        /**
         * The account that owns the buckets and jobs.
         *
         * @param accountId 12 digits; default 123456789012
         * @return this builder
         */
        public Builder accountId(String accountId) {
            config.accountId(accountId);
            return this;
        }

        /**
         * Keeps the database and object bodies in a folder, so state survives a restart.
         *
         * @param dataDir the folder; default none (in memory)
         * @return this builder
         */
        public Builder dataDir(Path dataDir) {
            config.dataDir(dataDir);
            return this;
        }

        /**
         * The domain under which {@code <bucket>.<suffix>} requests use virtual-host-style addressing.
         *
         * @param suffix the domain; default localhost
         * @return this builder
         */
        public Builder virtualHostSuffix(String suffix) {
            config.virtualHostSuffix(suffix);
            return this;
        }

        /**
         * Secured mode with the identities of a JSON document (issue 12; shape in the README, section
         * "Permissions"). A faulty document fails {@link #build()} with every fault named by its JSON path.
         *
         * @param document the identities document, as JSON
         * @return this builder
         */
        public Builder identities(String document) {
            config.identities(document);
            identitiesModel = null;
            return this;
        }

        /**
         * Secured mode with the identities document in {@code file}.
         *
         * @param file a file holding the JSON document
         * @return this builder
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder identities(Path file) {
            try {
                return identities(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the identities file " + file, e);
            }
        }

        /**
         * Secured mode with identities built in Java; their account must be the emulator's.
         *
         * @param model the identities
         * @return this builder
         */
        public Builder identities(Identities model) {
            config.identities(null);
            identitiesModel = model;
            return this;
        }

        /**
         * Every {@code /_emulator/} call but the health check then needs {@code Authorization: Bearer <token>}.
         *
         * @param token the bearer token
         * @return this builder
         */
        public Builder adminToken(String token) {
            config.adminToken(token);
            return this;
        }

        /**
         * Checks the configuration; {@link ObjectLockEmulator#start()} then starts it.
         *
         * @return the emulator, not yet started
         */
        public ObjectLockEmulator build() {
            return new ObjectLockEmulator(config.build(), identitiesModel);
        }
    }
}
