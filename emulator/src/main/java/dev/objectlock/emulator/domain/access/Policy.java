package dev.objectlock.emulator.domain.access;

import java.util.List;
import java.util.Set;

/**
 * A parsed policy document ([P.9]): identity policy, bucket policy or role trust policy. Read one
 * with {@link PolicyJson#parse}.
 *
 * @param version {@code 2012-10-17} or {@code 2008-10-17}; a document without Version is 2008-10-17
 *     ([P52]; IAM User Guide "IAM JSON policy elements: Version")
 * @param id the Id element, or null
 */
public record Policy(String version, String id, List<Statement> statements) {

    public static final String VERSION_2012 = "2012-10-17";
    public static final String VERSION_2008 = "2008-10-17";
    /** The service a role trusts when its document gives no trust policy (issue 12). */
    public static final String BATCH_OPERATIONS = "batchoperations.s3.amazonaws.com";
    /** The service principal a replication configuration's Role must trust ([P100]). */
    public static final String S3 = "s3.amazonaws.com";

    public Policy {
        statements = List.copyOf(statements);
    }

    /** Whether {@code ${...}} are variables here: only under 2012-10-17 ([P52]). */
    public boolean hasVariables() {
        return VERSION_2012.equals(version);
    }

    /**
     * The trust policy that lets {@code service} assume a role: Allow sts:AssumeRole to
     * {@code {"Service": service}}, as the Batch Operations guide writes it (UG batch-ops-iam-role-policies).
     */
    public static Policy trusting(String service) {
        PrincipalElement principal = new PrincipalElement(false, false, Set.of(), Set.of(service), Set.of());
        PatternList assumeRole = new PatternList(List.of(PolicyPattern.of("sts:assumerole", false)), false);
        return new Policy(
                VERSION_2012, null, List.of(new Statement(null, Effect.ALLOW, principal, assumeRole, null, List.of())));
    }
}
