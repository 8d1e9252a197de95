package dev.objectlock.emulator.batch;

import java.util.List;

/** One ListJobs page; {@code nextToken} is null on the last page. */
public record JobPage(List<BatchJob> jobs, String nextToken) {
}
