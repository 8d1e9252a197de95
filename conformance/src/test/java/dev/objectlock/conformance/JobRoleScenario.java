package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.Principals;
import dev.objectlock.conformance.target.Secured;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobReportScope;

/**
 * Base of the job-role scenario classes ([P.12]): Batch Operations jobs on the secured side of the
 * target, created by its bucket owner (who may pass every role) and acting as a role that lacks one
 * permission in turn. The roles are those of {@code conformance-identities.json}; on aws each is
 * named by {@code -Dconformance.jobRole.<name>=ARN} and a scenario whose role is not given is
 * skipped with that reason (conformance/README.md, "Job-role scenarios").
 */
@Secured
abstract class JobRoleScenario extends BatchScenario {

    static final String JOB_ROLE_PROPERTY = "conformance.jobRole.";

    /** Trusted by EC2 only, so Batch Operations cannot assume it. */
    static final String UNTRUSTED = "untrusted";
    /** Lacks s3:GetObject and s3:GetObjectVersion, so it cannot read a manifest. */
    static final String NO_MANIFEST = "no-manifest";
    /** Lacks s3:GetBucketObjectLockConfiguration. */
    static final String NO_LOCK_READ = "no-lock-read";
    /** Lacks s3:PutObjectLegalHold. */
    static final String NO_LEGAL_HOLD = "no-legal-hold";
    /** Lacks s3:PutObjectRetention. */
    static final String NO_RETENTION = "no-retention";
    /** Lacks s3:BypassGovernanceRetention. */
    static final String NO_BYPASS = "no-bypass";
    /** Lacks s3:PutObject, so it cannot write a completion report. */
    static final String NO_REPORT = "no-report";

    /** The prefix under which each scenario's completion report is written. */
    static final String REPORT_PREFIX = "role-report";

    protected Principals principals;

    @BeforeEach
    final void injectJobPrincipals(Principals principals) {
        this.principals = principals;
    }

    /**
     * The ARN of the role {@code olconf-job-<name>}: on an emulator that of the identities
     * document, on aws the one given by {@code -Dconformance.jobRole.<name>} (else the scenario
     * is skipped, naming the property).
     */
    String role(String name) {
        if (!target.isAws()) {
            return "arn:aws:iam::" + jobs.accountId() + ":role/olconf-job-" + name;
        }
        String arn = System.getProperty(JOB_ROLE_PROPERTY + name);
        Assumptions.assumeTrue(
                arn != null && !arn.isBlank(),
                "needs a role lacking one permission: pass -D" + JOB_ROLE_PROPERTY + name
                        + "=arn:aws:iam::<account>:role/olconf-job-" + name
                        + " (conformance/README.md, Job-role scenarios)");
        return arn.trim();
    }

    /** The ARN prefix of the role's sessions; AWS names the session itself ([P79], [P93]). */
    static String sessionPrefix(String roleArn) {
        String[] parts = roleArn.split(":", 6);
        String roleName = parts[5].substring(parts[5].lastIndexOf('/') + 1);
        return "arn:aws:sts::" + parts[4] + ":assumed-role/" + roleName + "/";
    }

    /** Puts each key on legal hold; returns the version ids in the order of the keys. */
    List<String> heldObjects(String bucket, String... keys) {
        return List.of(keys).stream().map(key -> putOnLegalHold(bucket, key)).toList();
    }

    /** Runs a job with this role and these details to its end; returns DescribeJob's view then. */
    JobDescriptor runAs(String roleArn, Consumer<CreateJobRequest.Builder> details) {
        return jobs.awaitFinished(jobs.create(r -> details.accept(r.roleArn(roleArn))));
    }

    /** A completion report of every task, under {@link #REPORT_PREFIX} in {@code reports}. */
    static Consumer<CreateJobRequest.Builder> reportTo(String reports) {
        return r -> r.report(rep -> rep.enabled(true)
                .bucket("arn:aws:s3:::" + reports)
                .format("Report_CSV_20180820")
                .prefix(REPORT_PREFIX)
                .reportScope(JobReportScope.ALL_TASKS));
    }

    void assertHolds(String bucket, List<String> keys, List<String> versions, ObjectLockLegalHoldStatus status) {
        for (int i = 0; i < keys.size(); i++) {
            assertThat(legalHoldOf(bucket, keys.get(i), versions.get(i)))
                    .as("legal hold of %s", keys.get(i))
                    .isEqualTo(status);
        }
    }
}
