package dev.objectlock.emulator.lifecycle;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LifecycleEligibility;
import dev.objectlock.emulator.domain.service.MultipartService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lifecycle run over every bucket that has a configuration ([R91]-[R94]). Each version's fate is
 * decided by {@link KeyStackPlan}, a page of keys at a time, each page read, planned and applied in
 * one transaction under the bucket's row lock ({@link LifecyclePage}), so a version protected or
 * written meanwhile is never removed or buried [R94]. Runs are serialised: a clock move and a
 * periodic run never interleave.
 */
public final class LifecycleRun {

    private static final int PAGE = 1000;

    private final BucketRepository buckets;
    private final LifecycleRepository configurations;
    private final MultipartRepository uploads;
    private final MultipartService multipart;
    private final LifecyclePage pages;

    public LifecycleRun(
            BucketRepository buckets,
            LifecycleRepository configurations,
            ObjectVersionRepository versions,
            MultipartRepository uploads,
            BlobStore blobs,
            Transactions tx,
            MultipartService multipart) {
        this.buckets = buckets;
        this.configurations = configurations;
        this.uploads = uploads;
        this.multipart = multipart;
        this.pages = new LifecyclePage(buckets, versions, blobs, tx);
    }

    /** Applies every enabled rule as of {@code now}. */
    public synchronized LifecycleReport runAt(Instant now) {
        LifecycleReport report = LifecycleReport.NONE;
        for (Map.Entry<String, LifecycleConfiguration> e : configurations.all().entrySet()) {
            Optional<Bucket> bucket = buckets.find(e.getKey());
            List<Rule> rules =
                    e.getValue().rules().stream().filter(Rule::enabled).toList();
            if (bucket.isPresent() && !rules.isEmpty()) {
                report = report.plus(runBucket(bucket.get(), rules, now)).plus(abortUploads(e.getKey(), rules, now));
            }
        }
        return report;
    }

    private LifecycleReport runBucket(Bucket bucket, List<Rule> rules, Instant now) {
        LifecycleReport report = LifecycleReport.NONE;
        String afterKey = null;
        while (true) {
            LifecyclePage.Outcome page = pages.apply(bucket.name(), rules, now, afterKey);
            report = report.plus(page.report());
            if (page.last()) {
                return report;
            }
            afterKey = page.lastKey();
        }
    }

    private LifecycleReport abortUploads(String bucket, List<Rule> rules, Instant now) {
        long aborted = 0;
        String afterKey = null;
        String afterUploadId = null;
        while (true) {
            List<MultipartUpload> page = uploads.list(bucket, null, afterKey, afterUploadId, PAGE);
            for (MultipartUpload upload : page) {
                if (rules.stream().anyMatch(r -> abortDue(r, upload, now))) {
                    try {
                        multipart.abort(bucket, upload.key(), upload.uploadId());
                        aborted++;
                    } catch (S3Exception e) {
                        // completed or aborted by a request meanwhile
                    }
                }
            }
            if (page.size() < PAGE) {
                return new LifecycleReport(0, 0, 0, aborted, 0);
            }
            afterKey = page.get(page.size() - 1).key();
            afterUploadId = page.get(page.size() - 1).uploadId();
        }
    }

    private static boolean abortDue(Rule rule, MultipartUpload upload, Instant now) {
        return rule.abortAfterDays() != null
                && LifecycleEligibility.matchesKeyOnly(rule.filter(), upload.key())
                && LifecycleEligibility.isDue(upload.initiated(), rule.abortAfterDays(), now);
    }
}
