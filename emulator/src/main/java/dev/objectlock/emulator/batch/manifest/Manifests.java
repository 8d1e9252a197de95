package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.ManifestResolver;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The manifest formats and the manifest generator behind one {@link ManifestResolver} ([C.3],
 * [C.7.1, C.7.2]). Manifest objects are read, and generated manifests written, through the same domain
 * services the S3 API uses.
 */
public final class Manifests implements ManifestResolver {

    public static final String INVENTORY_FORMAT = "S3InventoryReport_CSV_20161130";

    private final ManifestObjects manifestObjects;
    private final ManifestGeneration generation;

    /** @param replication a bucket's replication configuration, for Batch Replication's generator ([R144]) */
    public Manifests(
            ObjectService objects,
            ListingService listing,
            Function<String, Optional<ReplicationConfiguration>> replication,
            Clock clock) {
        this.manifestObjects = new ManifestObjects(objects);
        this.generation = new ManifestGeneration(listing, new GeneratedManifestWriter(objects, clock), replication);
    }

    /**
     * The request-shape checks of CreateJob for {@code Manifest} and {@code ManifestGenerator}:
     * BadRequestException for anything the model or AWS refuses synchronously ([C.3]). Whether
     * the manifest exists and matches its ETag is decided later, while Preparing.
     */
    public static void validate(JobManifest manifest, JobManifestGenerator generator) {
        ManifestRequestRules.validate(manifest, generator);
    }

    @Override
    public Resolved resolve(String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator) {
        return resolve(accountId, jobId, manifest, generator, RequestAccess.UNRESTRICTED);
    }

    @Override
    public Resolved resolve(
            String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator, RequestAccess role) {
        if (generator != null) {
            return generation.generate(accountId, jobId, generator, role);
        }
        if (manifest == null || manifest.spec() == null || manifest.location() == null) {
            throw ManifestFailures.invalid("The job has neither a manifest nor a manifest generator");
        }
        String format = manifest.spec().format();
        if (BatchOperationsCsv.FORMAT.equals(format)) {
            return new Resolved(readCsv(manifest, role), null);
        }
        if (INVENTORY_FORMAT.equals(format)) {
            return new Resolved(readInventory(manifest, role), null);
        }
        throw ManifestFailures.invalid("Unknown manifest format: " + format);
    }

    private List<TaskTarget> readCsv(JobManifest manifest, RequestAccess role) {
        List<String> fields = manifest.spec().fields();
        BatchOperationsCsv.columns(fields);
        try (InputStream in = manifestObjects.openManifest(manifest.location(), role);
                Reader reader = ManifestObjects.utf8(in)) {
            return BatchOperationsCsv.parse(reader, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An inventory report: its manifest.json (the object the job names, held to the job's ETag),
     * then each data file it lists, in order, from its destination bucket.
     */
    private List<TaskTarget> readInventory(JobManifest manifest, RequestAccess role) {
        InventoryReport report;
        try (InputStream in = manifestObjects.openManifest(manifest.location(), role)) {
            report = InventoryReport.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ManifestRows.Columns columns = report.columns();
        List<TaskTarget> tasks = new ArrayList<>();
        for (InventoryReport.DataFile file : report.files()) {
            if (file == null || file.key() == null) {
                throw ManifestFailures.invalid("The inventory manifest lists a file without a key");
            }
            try (InputStream in = manifestObjects.openDataFile(report.destinationBucketName(), file.key(), role);
                    Reader reader = ManifestObjects.utf8(in)) {
                ManifestRows.read(reader, columns, "Inventory data file " + file.key(), tasks);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tasks;
    }
}
