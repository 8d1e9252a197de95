package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;
import java.util.function.UnaryOperator;

/** CreateJob requests for tests: a valid legal-hold job to start from, and copies with one member changed. */
public final class JobRequests {

    public static final String ACCOUNT = "123456789012";
    public static final String ROLE = "arn:aws:iam::123456789012:role/batch-ops";
    public static final JobReport NO_REPORT = new JobReport(null, null, false, null, null, null);

    private JobRequests() {}

    public static JobManifest csvManifest(String objectArn, String... fields) {
        return new JobManifest(
                new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of(fields)),
                new JobManifest.Location(objectArn, null, "60e460c9d1046e73f7dde5043ac3ae85"));
    }

    public static JobRequest legalHold(String status) {
        return new JobRequest(
                ACCOUNT,
                false,
                new JobOperation.PutObjectLegalHold(status),
                NO_REPORT,
                "token-1",
                csvManifest("arn:aws:s3:::manifests/m.csv", "Bucket", "Key"),
                "Apply legal hold",
                10,
                ROLE,
                List.of(new Tag("team", "records")),
                null);
    }

    public static JobRequest with(JobRequest r, UnaryOperator<Builder> change) {
        return change.apply(new Builder(r)).build();
    }

    /** A mutable copy of a request, for changing one member in a test. */
    public static final class Builder {
        public String accountId;
        public Boolean confirmationRequired;
        public JobOperation operation;
        public JobReport report;
        public String clientRequestToken;
        public JobManifest manifest;
        public String description;
        public Integer priority;
        public String roleArn;
        public List<Tag> tags;
        public JobManifestGenerator manifestGenerator;

        Builder(JobRequest r) {
            accountId = r.accountId();
            confirmationRequired = r.confirmationRequired();
            operation = r.operation();
            report = r.report();
            clientRequestToken = r.clientRequestToken();
            manifest = r.manifest();
            description = r.description();
            priority = r.priority();
            roleArn = r.roleArn();
            tags = r.tags();
            manifestGenerator = r.manifestGenerator();
        }

        public Builder accountId(String v) {
            accountId = v;
            return this;
        }

        public Builder confirmationRequired(Boolean v) {
            confirmationRequired = v;
            return this;
        }

        public Builder operation(JobOperation v) {
            operation = v;
            return this;
        }

        public Builder report(JobReport v) {
            report = v;
            return this;
        }

        public Builder token(String v) {
            clientRequestToken = v;
            return this;
        }

        public Builder manifest(JobManifest v) {
            manifest = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder priority(Integer v) {
            priority = v;
            return this;
        }

        public Builder roleArn(String v) {
            roleArn = v;
            return this;
        }

        public Builder tags(List<Tag> v) {
            tags = v;
            return this;
        }

        public Builder generator(JobManifestGenerator v) {
            manifestGenerator = v;
            return this;
        }

        JobRequest build() {
            return new JobRequest(
                    accountId,
                    confirmationRequired,
                    operation,
                    report,
                    clientRequestToken,
                    manifest,
                    description,
                    priority,
                    roleArn,
                    tags,
                    manifestGenerator);
        }
    }
}
