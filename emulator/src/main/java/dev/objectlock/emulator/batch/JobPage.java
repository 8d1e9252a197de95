package dev.objectlock.emulator.batch;

import java.time.Instant;
import java.util.List;

/** One ListJobs page; {@code next} is null on the last page. */
public record JobPage(List<BatchJob> jobs, Position next) {

    /**
     * Where a page ended in the newest-first order (the last job it returned): the next page
     * starts after it. The protocol layer turns it into an opaque NextToken and back.
     */
    public record Position(Instant creationTime, String jobId) {}
}
