package dev.objectlock.emulator.http.control;

import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query values S3 Control sends where other operations send a body (ListJobs, and the
 * arguments of UpdateJobStatus and UpdateJobPriority, [R39]), parsed into the batch API's types
 * within the bounds the API model gives them, and ListJobs' NextToken. A bad value is refused
 * with an S3 Control error whose message names the parameter.
 */
public final class JobQueries {

    /** ListJobs' page size when maxResults is absent, and the most it may ask for. */
    static final int MAX_RESULTS = 1000;

    private static final Pattern NEXT_TOKEN = Pattern.compile("(\\d{1,19}):([0-9a-f-]{36})");

    private JobQueries() {}

    /** ListJobs' repeated {@code jobStatuses}: exact status names; none sent means any status. */
    public static Set<JobStatus> jobStatuses(List<String> sent) {
        Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
        for (String s : sent) {
            statuses.add(JobStatus.fromWire(s)
                    .orElseThrow(() -> S3Exception.of(
                            S3ErrorCode.INVALID_REQUEST_EXCEPTION, "Invalid jobStatuses value '" + s + "'.")));
        }
        return statuses;
    }

    /** ListJobs' {@code maxResults}: 0 to 1000, 1000 when absent. */
    public static int maxResults(String sent) {
        if (sent == null) {
            return MAX_RESULTS;
        }
        try {
            int value = Integer.parseInt(sent);
            if (value >= 0 && value <= MAX_RESULTS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // one message below for every bad value
        }
        throw S3Exception.of(
                S3ErrorCode.INVALID_REQUEST_EXCEPTION,
                "maxResults must be a number from 0 to " + MAX_RESULTS + ", was '" + sent + "'.");
    }

    /** ListJobs' {@code nextToken}: where the previous page ended; null when absent (the first page). */
    public static JobPage.Position nextToken(String sent) {
        if (sent == null) {
            return null;
        }
        try {
            String position = new String(Base64.getUrlDecoder().decode(sent), StandardCharsets.UTF_8);
            Matcher m = NEXT_TOKEN.matcher(position);
            if (m.matches()) {
                return new JobPage.Position(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2));
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: the one answer below
        }
        throw S3Exception.of(S3ErrorCode.INVALID_NEXT_TOKEN_EXCEPTION);
    }

    /** The NextToken of a page that ended at {@code next}; opaque to clients. Null on the last page. */
    public static String nextToken(JobPage.Position next) {
        if (next == null) {
            return null;
        }
        String position = next.creationTime().toEpochMilli() + ":" + next.jobId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** UpdateJobStatus' {@code requestedJobStatus}: required, and Ready or Cancelled exactly. */
    public static JobStatus requestedJobStatus(String sent) {
        if (sent == null) {
            throw badRequest("requestedJobStatus is required.");
        }
        return JobStatus.fromWire(sent)
                .filter(s -> s == JobStatus.Ready || s == JobStatus.Cancelled)
                .orElseThrow(() -> badRequest("requestedJobStatus must be Ready or Cancelled, was '" + sent + "'."));
    }

    /** UpdateJobPriority's {@code priority}: required, 0 to 2147483647. */
    public static int priority(String sent) {
        if (sent == null) {
            throw badRequest("priority is required.");
        }
        try {
            int value = Integer.parseInt(sent);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // one message below for every bad value
        }
        throw badRequest("priority must be a number from 0 to 2147483647, was '" + sent + "'.");
    }

    private static S3Exception badRequest(String message) {
        return S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, message);
    }
}
