package dev.objectlock.emulator.domain.access;

/**
 * What can be wrong with a policy document, with the Message S3 answers in its 400 MalformedPolicy
 * ([P.10, P68, P69]; [E48]). Checked in the order of this enum where one document has several faults;
 * AWS documents no order [UNCERTAIN].
 */
public enum PolicyProblem {
    /** [P68] [UNCERTAIN text; UG 2023 using-iam-policies gives the 20 KB limit]. */
    TOO_LARGE("Policies must be less than 20 KB"),
    /** Empty body or not JSON [AWS-recorded, LocalStack test_bucket_policy_exc]. */
    NOT_JSON("Policies must be valid JSON and the first byte must be '{'"),
    /** A JSON syntax error after the '{' [versitygw]. */
    INVALID_JSON("This policy contains invalid Json"),
    /** [AWS-recorded, LocalStack test_bucket_policy_exc]. */
    MISSING_STATEMENT("Missing required field Statement"),
    /** {@code "Statement": []} [versitygw]. */
    EMPTY_STATEMENT("Could not parse the policy: Statement is empty!"),
    /** [versitygw]. */
    INVALID_VERSION("The policy must contain a valid version string"),
    /**
     * An unknown element, an element given twice (X and NotX) or a value of the wrong JSON type
     * [UNCERTAIN: no AWS recording; the text S3-compatible servers answer]. Refused rather than ignored,
     * because a misspelt "Condition" would otherwise silently widen a Deny.
     */
    SYNTAX("Invalid policy syntax."),
    /**
     * A required element absent: "Missing required field Principal" is AWS-recorded (docker/docs#6361,
     * a Terraform PutBucketPolicy error); Effect, Action and Resource follow the same pattern [UNCERTAIN].
     */
    MISSING_FIELD("Missing required field %s"),
    /** {@code "Principal": {}} or an empty list [AWS-recorded cn-terraform/terraform-aws-s3-static-website#38]. */
    EMPTY_PRINCIPAL("Missing required field Principal cannot be empty!"),
    /** [versitygw; AWS wording]. */
    INVALID_EFFECT("Invalid effect: %s"),
    /** An unknown or malformed principal, NotPrincipal with Allow ([P55]) [AWS-recorded cloud-custodian#4948]. */
    INVALID_PRINCIPAL("Invalid principal in policy"),
    /** An identity policy naming a Principal ([P53]) [UNCERTAIN: IAM's MalformedPolicyDocument wording]. */
    PRINCIPAL_NOT_ALLOWED("Policy document should not specify a principal."),
    /** [versitygw; noobaa/noobaa-core#9855]. */
    INVALID_ACTION("Policy has invalid action"),
    /** [AWS-recorded noobaa/noobaa-core#10058, aws-samples/aws-serverless-appsync-app#4]. */
    INVALID_RESOURCE("Policy has invalid resource"),
    /** [AWS-recorded versity/versitygw#645, ministryofjustice/modernisation-platform#10762]. */
    ACTION_NOT_APPLICABLE("Action does not apply to any resource(s) in statement"),
    /** An unknown condition operator [UNCERTAIN: the text S3-compatible servers modelled on AWS answer]. */
    INVALID_CONDITION_TYPE("Invalid Condition type : %s"),
    /** An IpAddress/NotIpAddress value that is no address [UNCERTAIN, as above]. */
    INVALID_IP("Invalid IP address in Conditions"),
    /**
     * A condition key no action of the statement has [AWS-recorded humanmade/S3-Uploads#239]. Listed
     * for the renderer; not checked yet, since it needs the key table of every action (optional in [P69]).
     */
    CONDITIONS_NOT_APPLICABLE("Conditions do not apply to combination of actions and resources in statement");

    private final String message;

    PolicyProblem(String message) {
        this.message = message;
    }

    /** The Message, with {@code detail} in place of {@code %s} for the problems that name something. */
    public String message(String detail) {
        return message.contains("%s") ? String.format(message, detail) : message;
    }
}
