package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/** Shared steps of the in-process batch job tests: the service, stub manifests, fast seeding, one-call jobs. */
final class BatchSupport {

    static final String ACCOUNT = JobRequests.ACCOUNT;
    static final Duration WAIT = Duration.ofSeconds(30);

    private BatchSupport() {}

    static BatchJobService jobs(EmulatorFixture s3) {
        return EmulatorInternals.batchJobs(s3.emulator());
    }

    /** Jobs prepared from now on read their tasks from the returned stub. */
    static StubManifests stubManifests(EmulatorFixture s3) {
        StubManifests manifests = new StubManifests();
        jobs(s3).useManifestResolver(manifests);
        return manifests;
    }

    static void createLockBucket(S3Client client, String bucket) {
        client.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
    }

    /**
     * {@code count} objects {@code prefix0..} through ObjectService, a thousand per transaction,, far faster
     * than PUTs. They share one stored body, so these tests never delete or read them. Returns the
     * version ids in key order.
     */
    static List<String> seed(ObjectLockEmulator emulator, String bucket, String prefix, int count) {
        ObjectService objects = EmulatorInternals.objects(emulator);
        byte[] body = "seeded".getBytes(StandardCharsets.UTF_8);
        ObjectService.NewObject plain = new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of());
        List<String> ids = new ArrayList<>();
        ObjectService.Written first = objects.put(new ObjectService.PutObject(
                bucket,
                prefix + 0,
                plain,
                LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(body), null),
                Conditions.none()));
        ids.add(first.versionId() == null ? "null" : first.versionId().value());
        ObjectVersion stored = objects.head(bucket, prefix + 0, null).version();
        // chunks, not one transaction: H2 slows down on a transaction with tens of thousands of new rows
        for (int start = 1; start < count; start += 1000) {
            int from = start;
            int to = Math.min(count, start + 1000);
            EmulatorInternals.transactions(emulator).inTransaction(() -> {
                for (int i = from; i < to; i++) {
                    ObjectService.Written w = objects.commitNewVersion(
                            bucket,
                            prefix + i,
                            plain,
                            stored.size(),
                            stored.etag(),
                            stored.checksum(),
                            null,
                            stored.blobId(),
                            new LockRequestRules.RequestedLock(null, null),
                            Conditions.none(),
                            emulator.clock().instant());
                    ids.add(w.versionId() == null ? "null" : w.versionId().value());
                }
            });
        }
        return ids;
    }

    static JobRequest job(JobOperation operation, String manifestArn, JobReport report, String... fields) {
        return new JobRequest(
                ACCOUNT,
                false,
                operation,
                report,
                UUID.randomUUID().toString(),
                JobRequests.csvManifest(manifestArn, fields.length == 0 ? new String[] {"Bucket", "Key"} : fields),
                null,
                10,
                JobRequests.ROLE,
                List.of(),
                null);
    }

    static JobReport report(String bucket, String prefix, String scope) {
        return new JobReport("arn:aws:s3:::" + bucket, "Report_CSV_20180820", true, prefix, scope, null);
    }

    /** CreateJob, then the job as it is once it ended. */
    static BatchJob run(EmulatorFixture s3, JobRequest request) {
        String id = jobs(s3).createJob(request);
        return s3.emulator().awaitJob(id, WAIT);
    }
}
