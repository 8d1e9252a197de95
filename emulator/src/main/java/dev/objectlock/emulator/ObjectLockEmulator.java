package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.http.S3Operation;
import dev.objectlock.emulator.http.S3Routes;
import dev.objectlock.emulator.http.admin.EmulatorControl;
import dev.objectlock.emulator.http.control.ControlOperation;
import dev.objectlock.emulator.http.control.ControlRoutes;
import dev.objectlock.emulator.http.handlers.BucketHandlers;
import dev.objectlock.emulator.http.handlers.CopyHandlers;
import dev.objectlock.emulator.http.handlers.JobHandlers;
import dev.objectlock.emulator.http.handlers.ListingHandlers;
import dev.objectlock.emulator.http.handlers.MultipartHandlers;
import dev.objectlock.emulator.http.handlers.ObjectAttributesHandlers;
import dev.objectlock.emulator.http.handlers.ObjectLockHandlers;
import dev.objectlock.emulator.http.handlers.ObjectHandlers;
import dev.objectlock.emulator.http.handlers.TaggingHandlers;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import dev.objectlock.emulator.storage.FileBlobStore;
import dev.objectlock.emulator.storage.JdbcBucketRepository;
import dev.objectlock.emulator.storage.JdbcJobRepository;
import dev.objectlock.emulator.storage.JdbcMultipartRepository;
import dev.objectlock.emulator.storage.JdbcObjectVersionRepository;
import dev.objectlock.emulator.storage.StorageMaintenance;
import dev.objectlock.emulator.storage.jdbc.BlobReferences;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.Migrations;
import dev.objectlock.emulator.time.MutableClock;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An embeddable emulator: {@code ObjectLockEmulator.builder().build().start()}. Each instance has
 * its own database, blob folder and clock, so several can run in one JVM without seeing each other.
 * The composition root: the one class that wires every layer.
 */
public final class ObjectLockEmulator implements AutoCloseable {

    private static final AtomicBoolean XML_WARMED_UP = new AtomicBoolean();

    private final EmulatorConfig config;
    private final MutableClock clock = new MutableClock();
    private JdbcConnectionPool pool;
    private Jdbc jdbc;
    private FileBlobStore blobs;
    private Path temporaryBlobFolder;
    private Javalin server;
    private BatchJobService batchJobs;
    private Wiring wiring;

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
        CompletableFuture<Void> storageReady = openStorage();
        warmUpXmlOnce();
        var buckets = new JdbcBucketRepository(jdbc);
        var versions = new JdbcObjectVersionRepository(jdbc);
        var bucketService = new BucketService(buckets, versions, blobs, jdbc, clock, config.region());
        var objectService = new ObjectService(buckets, versions, blobs, jdbc, clock);
        var listingService = new ListingService(buckets, versions);
        var copyService = new CopyService(objectService, blobs, clock);
        var objectLockService = new ObjectLockService(buckets, versions, objectService, jdbc, clock);
        var multipartService = new MultipartService(new JdbcMultipartRepository(jdbc), objectService, blobs, jdbc,
                clock);
        var manifests = new Manifests(objectService, listingService, clock);
        batchJobs = new BatchJobService(new JdbcJobRepository(jdbc), manifests,
                new TaskExecutors(objectService, objectLockService, copyService, clock), objectService, jdbc, clock,
                config.region());
        wiring = new Wiring(objectService, objectLockService, listingService, copyService, manifests, jdbc, batchJobs);
        OwnerXml owner = new OwnerXml(canonicalUserId(config.accountId()), null);

        var bucketHandlers = new BucketHandlers(bucketService, owner);
        var listingHandlers = new ListingHandlers(listingService, owner);
        var objectHandlers = new ObjectHandlers(objectService);
        var copyHandlers = new CopyHandlers(copyService);
        var taggingHandlers = new TaggingHandlers(objectService);
        var multipartHandlers = new MultipartHandlers(multipartService, owner);
        var lockHandlers = new ObjectLockHandlers(objectLockService);
        var attributesHandlers = new ObjectAttributesHandlers(objectService);
        S3Routes routes = new S3Routes(config.virtualHostSuffix())
                .on(S3Operation.LIST_BUCKETS, bucketHandlers::listBuckets)
                .on(S3Operation.CREATE_BUCKET, bucketHandlers::createBucket)
                .on(S3Operation.HEAD_BUCKET, bucketHandlers::headBucket)
                .on(S3Operation.DELETE_BUCKET, bucketHandlers::deleteBucket)
                .on(S3Operation.GET_BUCKET_LOCATION, bucketHandlers::getBucketLocation)
                .on(S3Operation.PUT_BUCKET_VERSIONING, bucketHandlers::putBucketVersioning)
                .on(S3Operation.GET_BUCKET_VERSIONING, bucketHandlers::getBucketVersioning)
                .on(S3Operation.LIST_OBJECTS, listingHandlers::listObjects)
                .on(S3Operation.LIST_OBJECTS_V2, listingHandlers::listObjectsV2)
                .on(S3Operation.LIST_OBJECT_VERSIONS, listingHandlers::listObjectVersions)
                .on(S3Operation.PUT_OBJECT, objectHandlers::putObject)
                .on(S3Operation.GET_OBJECT, objectHandlers::getObject)
                .on(S3Operation.HEAD_OBJECT, objectHandlers::getObject)
                .on(S3Operation.DELETE_OBJECT, objectHandlers::deleteObject)
                .on(S3Operation.DELETE_OBJECTS, objectHandlers::deleteObjects)
                .on(S3Operation.COPY_OBJECT, copyHandlers::copyObject)
                .on(S3Operation.GET_OBJECT_TAGGING, taggingHandlers::getObjectTagging)
                .on(S3Operation.PUT_OBJECT_TAGGING, taggingHandlers::putObjectTagging)
                .on(S3Operation.DELETE_OBJECT_TAGGING, taggingHandlers::deleteObjectTagging)
                .on(S3Operation.CREATE_MULTIPART_UPLOAD, multipartHandlers::createMultipartUpload)
                .on(S3Operation.UPLOAD_PART, multipartHandlers::uploadPart)
                .on(S3Operation.UPLOAD_PART_COPY, multipartHandlers::uploadPartCopy)
                .on(S3Operation.COMPLETE_MULTIPART_UPLOAD, multipartHandlers::completeMultipartUpload)
                .on(S3Operation.ABORT_MULTIPART_UPLOAD, multipartHandlers::abortMultipartUpload)
                .on(S3Operation.LIST_PARTS, multipartHandlers::listParts)
                .on(S3Operation.LIST_MULTIPART_UPLOADS, multipartHandlers::listMultipartUploads)
                .on(S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, lockHandlers::putObjectLockConfiguration)
                .on(S3Operation.GET_OBJECT_LOCK_CONFIGURATION, lockHandlers::getObjectLockConfiguration)
                .on(S3Operation.PUT_OBJECT_RETENTION, lockHandlers::putObjectRetention)
                .on(S3Operation.GET_OBJECT_RETENTION, lockHandlers::getObjectRetention)
                .on(S3Operation.PUT_OBJECT_LEGAL_HOLD, lockHandlers::putObjectLegalHold)
                .on(S3Operation.GET_OBJECT_LEGAL_HOLD, lockHandlers::getObjectLegalHold)
                .on(S3Operation.GET_OBJECT_ATTRIBUTES, attributesHandlers::getObjectAttributes)
                .control(jobRoutes(new JobHandlers(batchJobs)));
        try {
            server = routes.build(config.host(), config.port(), new Control()).start();
            storageReady.join();
            batchJobs.start();
        } catch (RuntimeException e) {
            storageReady.handle((ok, failure) -> null).join();
            stop();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /** The S3 Control jobs API (spec C.2), served beside S3 on the same endpoint. */
    private static ControlRoutes jobRoutes(JobHandlers jobs) {
        return new ControlRoutes()
                .on(ControlOperation.CREATE_JOB, jobs::createJob)
                .on(ControlOperation.DESCRIBE_JOB, jobs::describeJob)
                .on(ControlOperation.LIST_JOBS, jobs::listJobs)
                .on(ControlOperation.UPDATE_JOB_STATUS, jobs::updateJobStatus)
                .on(ControlOperation.UPDATE_JOB_PRIORITY, jobs::updateJobPriority)
                .on(ControlOperation.PUT_JOB_TAGGING, jobs::putJobTagging)
                .on(ControlOperation.GET_JOB_TAGGING, jobs::getJobTagging)
                .on(ControlOperation.DELETE_JOB_TAGGING, jobs::deleteJobTagging);
    }

    /**
     * Creates the pool and blob store at once; H2's first connection and the migrations (about
     * 200 ms cold) run in the background while Javalin starts, and Jdbc holds every request
     * back until they are done. Completes when storage is ready.
     */
    private CompletableFuture<Void> openStorage() {
        String url;
        Path blobFolder;
        boolean durable = config.dataDir() != null;
        try {
            if (!durable) {
                url = "jdbc:h2:mem:objectlock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
                temporaryBlobFolder = Files.createTempDirectory("objectlock-blobs-");
                blobFolder = temporaryBlobFolder;
            } else {
                Files.createDirectories(config.dataDir());
                // WRITE_DELAY=0: a commit reaches the file before commit() returns (H2's default
                // holds it back up to 500 ms, so a killed process lost acknowledged writes);
                // Jdbc then forces it to disk. Two processes on one folder fail fast on H2's file lock.
                url = "jdbc:h2:file:" + config.dataDir().toAbsolutePath().resolve("db").resolve("objectlock")
                        + ";LOCK_TIMEOUT=30000;WRITE_DELAY=0";
                blobFolder = config.dataDir().resolve("blobs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare storage", e);
        }
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(64);
        jdbc = new Jdbc(pool, durable);
        blobs = new FileBlobStore(blobFolder, durable);
        return jdbc.prepareInBackground(j -> {
            try {
                Migrations.apply(j);
            } catch (RuntimeException e) {
                throw durable ? UnreadableDataDirException.explain(config.dataDir(), e) : e;
            }
            if (durable) {
                // a crash can leave bodies whose metadata never committed; nothing is served yet
                BlobReferences.all(j).ifPresent(blobs::removeUnreferenced);
            }
        });
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
        if (batchJobs != null) {
            batchJobs.close();
            batchJobs = null;
            wiring = null;
        }
        if (jdbc != null && config.dataDir() == null) {
            try {
                jdbc.execute("SHUTDOWN");
            } catch (RuntimeException e) {
                // storage never opened (a failed start); the pool is released below all the same
            }
        }
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
        if (temporaryBlobFolder != null) {
            deleteRecursively(temporaryBlobFolder);
            temporaryBlobFolder = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Empties every bucket and returns the clock to system time, without a restart. */
    public void reset() {
        batchJobs.reset();
        StorageMaintenance.truncateAll(jdbc);
        blobs.deleteAll();
        clock.useSystemTime();
    }

    /** The URL clients talk to, such as {@code http://127.0.0.1:54321}. */
    public URI endpoint() {
        if (server == null) {
            throw new IllegalStateException("not started");
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
     * is given) and returns it as DescribeJob would; IllegalStateException if {@code timeout} passes first.
     */
    public BatchJob awaitJob(String jobId, Duration timeout, JobStatus... statuses) {
        if (batchJobs == null) {
            throw new IllegalStateException("not started");
        }
        return batchJobs.awaitJob(jobId, timeout, statuses.length == 0 ? Set.of() : EnumSet.copyOf(List.of(statuses)));
    }

    /** The services behind a started emulator, for in-process tests and benchmarks of this module. */
    record Wiring(ObjectService objects, ObjectLockService objectLocks, ListingService listing, CopyService copies,
                  Manifests manifests, Transactions transactions, BatchJobService batchJobs) {
    }

    Wiring wiring() {
        if (wiring == null) {
            throw new IllegalStateException("not started");
        }
        return wiring;
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

    /** A stable 64-hex canonical user id derived from the account id, as AWS owners carry. */
    static String canonicalUserId(String accountId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(accountId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder that cannot be removed is left to the OS
        }
    }

    private final class Control implements EmulatorControl {
        @Override
        public void reset() {
            ObjectLockEmulator.this.reset();
        }

        @Override
        public Instant now() {
            return clock.instant();
        }

        @Override
        public boolean clockIsSystemTime() {
            return clock.isSystemTime();
        }

        @Override
        public void setClock(Instant instant) {
            clock.set(instant);
        }

        @Override
        public void advanceClock(Duration duration) {
            clock.advance(duration);
        }

        @Override
        public void useSystemTime() {
            clock.useSystemTime();
        }

        @Override
        public Optional<JobWait> awaitJob(String jobId, Set<String> statuses, Duration timeout) {
            Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
            for (String s : statuses) {
                wanted.add(JobStatus.fromWire(s).orElseThrow(() -> new IllegalArgumentException("not a job status: " + s)));
            }
            try {
                return Optional.of(jobWait(batchJobs.awaitJob(jobId, timeout, wanted), false));
            } catch (IllegalStateException notThere) {
                // Timed out, or no such job: a zero wait for any status tells which.
                try {
                    return Optional.of(jobWait(batchJobs.awaitJob(jobId, Duration.ZERO, EnumSet.allOf(JobStatus.class)),
                            true));
                } catch (IllegalStateException unknown) {
                    return Optional.empty();
                }
            }
        }

        private JobWait jobWait(BatchJob job, boolean timedOut) {
            BatchJob.Progress p = job.progress();
            return new JobWait(job.jobId(), job.status().name(), p == null ? 0 : p.totalNumberOfTasks(),
                    p == null ? 0 : p.numberOfTasksSucceeded(), p == null ? 0 : p.numberOfTasksFailed(), timedOut);
        }
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
