package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.AwaitedJob;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.service.BucketPolicyService;
import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import dev.objectlock.emulator.time.MutableClock;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embeddable emulator: {@code ObjectLockEmulator.builder().build().start()}. Each instance has
 * its own database, blob folder and clock, so several can run in one JVM without seeing each other.
 * The composition root: the one class that wires every layer.
 */
public final class ObjectLockEmulator implements AutoCloseable {

    private static final AtomicBoolean XML_WARMED_UP = new AtomicBoolean();
    private static final String NOT_STARTED = "not started; call start() first";

    private final EmulatorConfig config;
    private final MutableClock clock = new MutableClock();
    private EmulatorStorage storage;
    private Javalin server;
    private EmulatorServices services;

    private ObjectLockEmulator(EmulatorConfig config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ObjectLockEmulator create(EmulatorConfig config) {
        return new ObjectLockEmulator(config);
    }

    /** Opens storage, applies the schema and starts serving. Returns this for chaining. */
    public synchronized ObjectLockEmulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        storage = EmulatorStorage.open(config.dataDir());
        CompletableFuture<Void> storageReady = storage.ready();
        warmUpXmlOnce();
        var jdbc = storage.jdbc();
        var blobs = storage.blobs();
        var buckets = storage.buckets();
        var versions = storage.versions();
        var bucketService = new BucketService(buckets, versions, blobs, jdbc, clock, config.region());
        var objectService = new ObjectService(buckets, versions, blobs, jdbc, clock);
        var deletionService = new ObjectDeletionService(buckets, versions, blobs, jdbc, clock);
        var taggingService = new ObjectTaggingService(buckets, versions, objectService, jdbc);
        var listingService = new ListingService(buckets, versions);
        var copyService = new CopyService(buckets, objectService, blobs, clock);
        var objectLockService = new ObjectLockService(buckets, versions, objectService, jdbc, clock);
        var multipartService = new MultipartService(storage.multipartUploads(), buckets, objectService, blobs, jdbc,
                clock);
        // Open mode: bucket policies may name the account alone; secured mode passes its identities here.
        var principals = Identities.none(config.accountId());
        var policyService = new BucketPolicyService(buckets, storage.bucketPolicies(), jdbc, () -> principals);
        var manifests = new Manifests(objectService, listingService, clock);
        var batchJobs = new BatchJobService(storage.jobs(), manifests,
                new TaskExecutors(objectService, taggingService, objectLockService, copyService, clock), objectService, jdbc, clock,
                config.region());
        services = new EmulatorServices(bucketService, policyService, objectService, deletionService, taggingService,
                objectLockService, listingService, copyService, multipartService, manifests, jdbc, batchJobs);
        var control = new AdminControl(this::reset, clock, batchJobs);
        try {
            server = EmulatorRoutes.of(services, config).build(config.host(), config.port(), control).start();
            storageReady.join();
            batchJobs.start();
        } catch (RuntimeException e) {
            storageReady.handle((ok, failure) -> null).join();
            stop();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /**
     * Jackson's XmlMapper takes about 150 ms to build on first use; the first emulator in a JVM
     * builds it on a spare core while the server starts instead of inside the first S3 request.
     */
    private static void warmUpXmlOnce() {
        if (XML_WARMED_UP.compareAndSet(false, true)) {
            Thread warmUp = new Thread(() -> {
                try {
                    XmlCodec.write(new OwnerXml("warm-up", null));
                } catch (RuntimeException ignored) {
                    // only an optimisation: the first request builds it instead
                }
            }, "objectlock-xml-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** Stops serving and releases storage; in-memory state is gone afterwards. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (services != null) {
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

    /** Empties every bucket and returns the clock to system time, without a restart. */
    public void reset() {
        // read before started(): stop() drops the services before the storage, so this is not null then
        EmulatorStorage startedStorage = storage;
        started().batchJobs().reset();
        startedStorage.clear();
        clock.useSystemTime();
    }

    /** The URL clients talk to, such as {@code http://127.0.0.1:54321}. */
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

    public int port() {
        return endpoint().getPort();
    }

    /** Waits until the S3 Batch Operations job is Complete, Failed or Cancelled, up to a minute. */
    public BatchJob awaitJob(String jobId) {
        return awaitJob(jobId, Duration.ofMinutes(1));
    }

    /**
     * Waits until the job reaches one of {@code statuses} (Complete, Failed or Cancelled when none
     * is given) and returns it as DescribeJob would; IllegalStateException if {@code timeout} passes
     * first, or if there is no such job.
     */
    public BatchJob awaitJob(String jobId, Duration timeout, JobStatus... statuses) {
        Set<JobStatus> wanted = statuses.length == 0 ? Set.of() : EnumSet.copyOf(List.of(statuses));
        AwaitedJob awaited = started().batchJobs().awaitJob(jobId, timeout, wanted).orElseThrow(() ->
                new IllegalStateException("no batch job " + jobId
                        + " (never created, forgotten by a reset, or deleted 90 days after it ended)"));
        if (awaited.timedOut()) {
            throw new IllegalStateException("batch job " + jobId + " is still " + awaited.job().status() + " after "
                    + timeout + (wanted.isEmpty() ? "" : "; waited for " + wanted));
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

    public MutableClock clock() {
        return clock;
    }

    public EmulatorConfig config() {
        return config;
    }

    public String region() {
        return config.region();
    }

    public String accountId() {
        return config.accountId();
    }

    /** Builder for an in-process emulator; defaults: 127.0.0.1, any free port, us-east-1, in memory. */
    public static final class Builder {
        private final EmulatorConfig.Builder config = EmulatorConfig.builder();

        public Builder host(String host) {
            config.host(host);
            return this;
        }

        public Builder port(int port) {
            config.port(port);
            return this;
        }

        public Builder region(String region) {
            config.region(region);
            return this;
        }

        public Builder accountId(String accountId) {
            config.accountId(accountId);
            return this;
        }

        public Builder dataDir(Path dataDir) {
            config.dataDir(dataDir);
            return this;
        }

        public Builder virtualHostSuffix(String suffix) {
            config.virtualHostSuffix(suffix);
            return this;
        }

        public ObjectLockEmulator build() {
            return new ObjectLockEmulator(config.build());
        }
    }
}
