package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.AwaitedJob;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.authorization.ConfiguredIdentities;
import dev.objectlock.emulator.http.admin.EmulatorControl;
import dev.objectlock.emulator.http.admin.ReplicationControl;
import dev.objectlock.emulator.lifecycle.LifecycleReport;
import dev.objectlock.emulator.lifecycle.LifecycleRun;
import dev.objectlock.emulator.replication.ReplicationEngine;
import dev.objectlock.emulator.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The emulator as the {@code /_emulator/} admin API sees it: reset, the clock, waits for batch jobs and replication, identities. */
final class AdminControl implements EmulatorControl {

    private final Runnable reset;
    private final MutableClock clock;
    private final BatchJobService batchJobs;
    private final ConfiguredIdentities identities;
    private final LifecycleRun lifecycle;
    private final ReplicationControl replication;

    /** @param reset the emulator's own reset, so the admin API and {@code ObjectLockEmulator.reset()} do the same */
    AdminControl(
            Runnable reset,
            MutableClock clock,
            BatchJobService batchJobs,
            ConfiguredIdentities identities,
            LifecycleRun lifecycle,
            ReplicationEngine replication) {
        this.lifecycle = lifecycle;
        this.replication = new ReplicationAdminControl(replication);
        this.reset = reset;
        this.clock = clock;
        this.batchJobs = batchJobs;
        this.identities = identities;
    }

    @Override
    public void useIdentities(String document) {
        identities.replace(document);
    }

    @Override
    public void useOpenMode() {
        identities.clear();
    }

    @Override
    public Optional<String> identitiesDocument() {
        return identities.redactedDocument();
    }

    @Override
    public Map<String, Long> runLifecycle() {
        LifecycleReport r = lifecycle.runAt(clock.instant());
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("deleteMarkersAdded", r.deleteMarkersAdded());
        counters.put("versionsExpired", r.versionsExpired());
        counters.put("deleteMarkersRemoved", r.deleteMarkersRemoved());
        counters.put("uploadsAborted", r.uploadsAborted());
        counters.put("skippedLocked", r.skippedLocked());
        return counters;
    }

    @Override
    public ReplicationControl replication() {
        return replication;
    }

    @Override
    public void reset() {
        reset.run();
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
        return batchJobs.awaitJob(jobId, timeout, wanted).map(AdminControl::jobWait);
    }

    private static JobWait jobWait(AwaitedJob awaited) {
        BatchJob job = awaited.job();
        BatchJob.Progress p = job.progress();
        return new JobWait(
                job.jobId(),
                job.status().name(),
                p == null ? 0 : p.totalNumberOfTasks(),
                p == null ? 0 : p.numberOfTasksSucceeded(),
                p == null ? 0 : p.numberOfTasksFailed(),
                awaited.timedOut());
    }
}
