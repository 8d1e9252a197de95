package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.manifest.Arns;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CreateJob's synchronous checks ([C.3]): required members, lengths, enum values, ARNs and the
 * operation's own parameters, each refused with BadRequestException and a message naming the
 * member. The shape of Manifest and ManifestGenerator is {@link Manifests#validate}'s to judge.
 * Whether the manifest can be read, and what is in the buckets, is the job's business later
 * (Preparing), not the request's.
 */
final class JobRequestValidator {

    static final int MAX_TAGS = 50;

    private static final Pattern ROLE_ARN = Pattern.compile("arn:[^:]+:iam::\\d{12}:role/.*");
    private static final String REPORT_FORMAT = "Report_CSV_20180820";
    private static final Set<String> REPORT_SCOPES = Set.of("AllTasks", "FailedTasksOnly");

    private JobRequestValidator() {}

    /**
     * The request as the job will keep it: checked, with an absent ConfirmationRequired taken as
     * true ([C.6]: the CLI sends it only when asked not to confirm) and absent Tags as none.
     */
    static JobRequest validate(JobRequest r) {
        checkAccountId(r.accountId());
        if (r.operation() == null) {
            throw badRequest("Operation is required.");
        }
        if (r.report() == null) {
            throw badRequest("Report is required.");
        }
        String token = r.clientRequestToken();
        if (token == null || token.isEmpty() || token.length() > 64) {
            throw badRequest("ClientRequestToken is required and must be 1 to 64 characters long.");
        }
        if (r.priority() == null) {
            throw badRequest("Priority is required.");
        }
        if (r.priority() < 0) {
            throw badRequest("Priority must be between 0 and 2147483647, was " + r.priority() + ".");
        }
        if (r.roleArn() == null
                || r.roleArn().length() > 2048
                || !ROLE_ARN.matcher(r.roleArn()).matches()) {
            throw badRequest("RoleArn must be an IAM role ARN such as arn:aws:iam::123456789012:role/batch-ops, was '"
                    + r.roleArn() + "'.");
        }
        if (r.description() != null
                && (r.description().isEmpty() || r.description().length() > 256)) {
            throw badRequest("Description must be 1 to 256 characters long.");
        }
        List<Tag> tags = r.tags() == null ? List.of() : r.tags();
        if (tags.size() > MAX_TAGS) {
            throw badRequest("A job can have at most " + MAX_TAGS + " tags, the request has " + tags.size() + ".");
        }
        checkTags(tags);
        checkReport(r.report());
        Manifests.validate(r.manifest(), r.manifestGenerator());
        TaskExecutors.validate(r.operation());
        return new JobRequest(
                r.accountId(),
                r.confirmationRequired() == null || r.confirmationRequired(),
                r.operation(),
                r.report(),
                token,
                r.manifest(),
                r.description(),
                r.priority(),
                r.roleArn(),
                List.copyOf(tags),
                r.manifestGenerator());
    }

    static void checkAccountId(String accountId) {
        if (accountId == null || accountId.isEmpty()) {
            throw badRequest("The x-amz-account-id header is required.");
        }
        if (!JobValues.isAccountId(accountId)) {
            throw badRequest("The x-amz-account-id header must be a 12-digit account id, was '" + accountId + "'.");
        }
    }

    /** Key 1..128, value 0..256, keys unique; the count limit is the caller's (its exception differs). */
    static void checkTags(List<Tag> tags) {
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128) {
                throw badRequest("A tag key must be 1 to 128 characters long.");
            }
            if (tag.value() == null || tag.value().length() > 256) {
                throw badRequest("The value of tag '" + tag.key() + "' must be 0 to 256 characters long.");
            }
            if (!keys.add(tag.key())) {
                throw badRequest("Tag keys must be unique; '" + tag.key() + "' is given more than once.");
            }
        }
    }

    private static void checkReport(JobReport report) {
        if (report.enabled() == null) {
            throw badRequest("Report Enabled is required.");
        }
        if (report.format() != null && !REPORT_FORMAT.equals(report.format())) {
            throw badRequest("Report Format must be " + REPORT_FORMAT + ", was '" + report.format() + "'.");
        }
        if (report.reportScope() != null && !REPORT_SCOPES.contains(report.reportScope())) {
            throw badRequest(
                    "Report ReportScope must be AllTasks or FailedTasksOnly, was '" + report.reportScope() + "'.");
        }
        if (report.prefix() != null
                && (report.prefix().isEmpty() || report.prefix().length() > 512)) {
            throw badRequest("Report Prefix must be 1 to 512 characters long.");
        }
        if (report.bucket() != null && Arns.bucket(report.bucket()).isEmpty()) {
            throw badRequest("Report Bucket must be a bucket ARN such as arn:aws:s3:::report-bucket, was '"
                    + report.bucket() + "'.");
        }
        if (report.enabled()) {
            if (report.bucket() == null) {
                throw badRequest("Report Bucket is required when the report is enabled.");
            }
            if (report.format() == null) {
                throw badRequest("Report Format is required when the report is enabled.");
            }
        }
    }

    static S3Exception badRequest(String message) {
        return S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, message);
    }
}
