package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.port.AclRepository;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.ReplicationConfigurationRepository;
import dev.objectlock.emulator.domain.port.ReplicationTasks;
import dev.objectlock.emulator.storage.FileBlobStore;
import dev.objectlock.emulator.storage.JdbcAclRepository;
import dev.objectlock.emulator.storage.JdbcBucketPolicyRepository;
import dev.objectlock.emulator.storage.JdbcBucketRepository;
import dev.objectlock.emulator.storage.JdbcJobRepository;
import dev.objectlock.emulator.storage.JdbcLifecycleRepository;
import dev.objectlock.emulator.storage.JdbcMultipartRepository;
import dev.objectlock.emulator.storage.JdbcObjectVersionRepository;
import dev.objectlock.emulator.storage.JdbcReplicationConfigurationRepository;
import dev.objectlock.emulator.storage.JdbcReplicationTasks;
import dev.objectlock.emulator.storage.StorageMaintenance;
import dev.objectlock.emulator.storage.jdbc.BlobReferences;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.Migrations;
import dev.objectlock.emulator.storage.jdbc.SessionPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.h2.Driver;

/**
 * One emulator's storage: an H2 database behind a connection pool, the blob folder, and the
 * repositories over them. In memory (no data folder) it is a database of its own plus a temporary
 * blob folder, both gone on {@link #close}; with a data folder both are files under it that
 * survive a restart.
 */
final class EmulatorStorage implements AutoCloseable {

    private final SessionPool pool;
    private final Jdbc jdbc;
    private final FileBlobStore blobs;
    private final boolean durable;
    /** The in-memory mode's blob folder, deleted on close; null with a data folder. */
    private final Path temporaryBlobFolder;

    private final CompletableFuture<Void> ready;
    private final JdbcBucketRepository buckets;
    private final JdbcBucketPolicyRepository bucketPolicies;
    private final JdbcLifecycleRepository lifecycle;
    private final JdbcReplicationConfigurationRepository replication;
    private final JdbcObjectVersionRepository versions;
    private final JdbcMultipartRepository multipartUploads;
    private final JdbcJobRepository jobs;
    private final JdbcAclRepository acls;
    private final JdbcReplicationTasks replicationTasks;

    private EmulatorStorage(String url, Path dataDir, Path blobFolder, Path temporaryBlobFolder) {
        this.durable = temporaryBlobFolder == null;
        this.temporaryBlobFolder = temporaryBlobFolder;
        Properties login = new Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", "");
        // straight to H2's driver: DriverManager would scan every driver on the class path first
        pool = new SessionPool(() -> Driver.load().connect(url, login), 64);
        jdbc = new Jdbc(pool, durable);
        blobs = new FileBlobStore(blobFolder, durable);
        ready = jdbc.prepareInBackground(j -> {
            try {
                Migrations.apply(j);
            } catch (RuntimeException e) {
                throw durable ? UnreadableDataDirException.explain(dataDir, e) : e;
            }
            if (durable) {
                // a crash can leave bodies whose metadata never committed; nothing is served yet
                BlobReferences.all(j).ifPresent(blobs::removeUnreferenced);
            }
        });
        buckets = new JdbcBucketRepository(jdbc);
        bucketPolicies = new JdbcBucketPolicyRepository(jdbc);
        lifecycle = new JdbcLifecycleRepository(jdbc);
        replication = new JdbcReplicationConfigurationRepository(jdbc);
        versions = new JdbcObjectVersionRepository(jdbc);
        multipartUploads = new JdbcMultipartRepository(jdbc);
        jobs = new JdbcJobRepository(jdbc);
        acls = new JdbcAclRepository(jdbc);
        replicationTasks = new JdbcReplicationTasks(jdbc);
    }

    /**
     * Creates the pool and blob store at once; H2's first connection and the migrations (about
     * 200 ms cold) run in the background while Javalin starts, and Jdbc holds every request
     * back until they are done ({@link #ready}).
     *
     * @param dataDir where the database and the blobs are kept; null for in memory
     */
    static EmulatorStorage open(Path dataDir) {
        try {
            if (dataDir == null) {
                String url = "jdbc:h2:mem:objectlock-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000;QUERY_CACHE_SIZE=128";
                Path blobFolder = Files.createTempDirectory("objectlock-blobs-");
                return new EmulatorStorage(url, null, blobFolder, blobFolder);
            }
            Files.createDirectories(dataDir);
            // WRITE_DELAY=0: a commit reaches the file before commit() returns (H2's default
            // holds it back up to 500 ms, so a killed process lost acknowledged writes);
            // Jdbc then forces it to disk. Two processes on one folder fail fast on H2's file lock.
            String url =
                    "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("objectlock")
                            + ";LOCK_TIMEOUT=30000;WRITE_DELAY=0;QUERY_CACHE_SIZE=128";
            return new EmulatorStorage(url, dataDir, dataDir.resolve("blobs"), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare storage", e);
        }
    }

    /** Completes when the schema is in place (and, with a data folder, stray blobs are swept). */
    CompletableFuture<Void> ready() {
        return ready;
    }

    Jdbc jdbc() {
        return jdbc;
    }

    BlobStore blobs() {
        return blobs;
    }

    BucketRepository buckets() {
        return buckets;
    }

    LifecycleRepository lifecycle() {
        return lifecycle;
    }

    ReplicationConfigurationRepository replication() {
        return replication;
    }

    BucketPolicyRepository bucketPolicies() {
        return bucketPolicies;
    }

    ObjectVersionRepository versions() {
        return versions;
    }

    MultipartRepository multipartUploads() {
        return multipartUploads;
    }

    JobRepository jobs() {
        return jobs;
    }

    AclRepository acls() {
        return acls;
    }

    ReplicationTasks replicationTasks() {
        return replicationTasks;
    }

    /** Empties every table and the blob folder; the schema stays. */
    void clear() {
        StorageMaintenance.truncateAll(jdbc);
        blobs.deleteAll();
    }

    /** Releases the pool; in memory, the database and the blob folder are gone afterwards. */
    @Override
    public void close() {
        if (!durable) {
            try {
                jdbc.execute("SHUTDOWN");
            } catch (RuntimeException e) {
                // storage never opened (a failed start); the pool is released below all the same
            }
        }
        pool.dispose();
        if (temporaryBlobFolder != null) {
            deleteRecursively(temporaryBlobFolder);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder that cannot be removed is left to the OS
        }
    }
}
