package dev.objectlock.emulator.lifecycle;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.rules.LifecycleEligibility;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService.DeleteObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lifecycle run over every bucket that has a configuration ([R91]-[R94]). Each version's fate is
 * decided by {@link KeyStackPlan}; every removal goes through {@link ObjectDeletionService}, the path
 * API deletes take, so the Object Lock check and the removal share one transaction under the bucket's
 * row lock and a version protected meanwhile is never removed [R94]. Runs are serialised: a clock move
 * and a periodic run never interleave.
 */
public final class LifecycleRun {

    private static final int PAGE = 1000;

    private final BucketRepository buckets;
    private final LifecycleRepository configurations;
    private final ObjectVersionRepository versions;
    private final MultipartRepository uploads;
    private final ObjectDeletionService deletions;
    private final MultipartService multipart;

    public LifecycleRun(
            BucketRepository buckets,
            LifecycleRepository configurations,
            ObjectVersionRepository versions,
            MultipartRepository uploads,
            ObjectDeletionService deletions,
            MultipartService multipart) {
        this.buckets = buckets;
        this.configurations = configurations;
        this.versions = versions;
        this.uploads = uploads;
        this.deletions = deletions;
        this.multipart = multipart;
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
        Counter counter = new Counter();
        String afterKey = null;
        Long afterSequence = null;
        List<VersionEntry> stack = new ArrayList<>();
        while (true) {
            List<ListedVersion> page = versions.scanVersions(bucket.name(), null, afterKey, afterSequence, PAGE);
            for (ListedVersion listed : page) {
                if (!stack.isEmpty()
                        && !stack.get(0).key().equals(listed.entry().key())) {
                    apply(bucket, KeyStackPlan.plan(stack, rules, now), counter);
                    stack = new ArrayList<>();
                }
                stack.add(listed.entry());
            }
            if (page.size() < PAGE) {
                break;
            }
            VersionEntry last = page.get(page.size() - 1).entry();
            afterKey = last.key();
            afterSequence = last.sequence();
        }
        if (!stack.isEmpty()) {
            apply(bucket, KeyStackPlan.plan(stack, rules, now), counter);
        }
        return counter.report();
    }

    private void apply(Bucket bucket, KeyStackPlan plan, Counter counter) {
        counter.skippedLocked += plan.locked();
        if (plan.expireCurrent()) {
            try {
                var deleted = deletions.expire(new DeleteObject(bucket.name(), plan.key(), null, null, null));
                if (deleted.deleteMarker()) {
                    counter.deleteMarkersAdded++;
                } else {
                    counter.versionsExpired++;
                }
            } catch (S3Exception e) {
                // the bucket went meanwhile: a run never fails the clock move that started it
            }
        }
        for (VersionEntry entry : plan.remove()) {
            try {
                deletions.delete(new DeleteObject(
                        bucket.name(), entry.key(), entry.versionId().value(), null, null));
                if (entry.isDeleteMarker()) {
                    counter.deleteMarkersRemoved++;
                } else {
                    counter.versionsExpired++;
                }
            } catch (S3Exception e) {
                // protected since the plan was made (a legal hold set meanwhile), or already gone
                if (e.code() == S3ErrorCode.ACCESS_DENIED) {
                    counter.skippedLocked++;
                }
            }
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

    private static final class Counter {
        long deleteMarkersAdded;
        long versionsExpired;
        long deleteMarkersRemoved;
        long skippedLocked;

        LifecycleReport report() {
            return new LifecycleReport(deleteMarkersAdded, versionsExpired, deleteMarkersRemoved, 0, skippedLocked);
        }
    }
}
