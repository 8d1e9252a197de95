package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.Grant;
import dev.objectlock.emulator.domain.model.Grant.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * The canned ACLs of {@code x-amz-acl} and the grants each stands for ([R81]; "Canned ACL" in the S3
 * user guide's ACL overview). The owner always comes first with FULL_CONTROL, as AWS lists it.
 */
final class CannedAcls {

    /** The canonical id of the EC2 account that aws-exec-read grants READ (S3 user guide, canned ACL table). */
    private static final String EC2_ACCOUNT = "6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c";

    private CannedAcls() {}

    /**
     * The grants of {@code name}; an unknown name is InvalidArgument with an empty message, as recorded
     * (LocalStack test_s3_bucket_acl_exceptions). In the one-account emulator the bucket owner is the
     * object owner, so bucket-owner-read and bucket-owner-full-control add nothing to the owner's grant.
     */
    static AccessControlList expand(String name, String ownerId) {
        List<Grant> grants = new ArrayList<>();
        grants.add(Grant.canonicalUser(ownerId, Permission.FULL_CONTROL));
        switch (name) {
            case "private", "bucket-owner-read", "bucket-owner-full-control" -> {}
            case "public-read" -> grants.add(Grant.group(AclRules.ALL_USERS, Permission.READ));
            case "public-read-write" -> {
                grants.add(Grant.group(AclRules.ALL_USERS, Permission.READ));
                grants.add(Grant.group(AclRules.ALL_USERS, Permission.WRITE));
            }
            case "authenticated-read" -> grants.add(Grant.group(AclRules.AUTHENTICATED_USERS, Permission.READ));
            case "aws-exec-read" -> grants.add(Grant.canonicalUser(EC2_ACCOUNT, Permission.READ));
            case "log-delivery-write" -> {
                grants.add(Grant.group(AclRules.LOG_DELIVERY, Permission.WRITE));
                grants.add(Grant.group(AclRules.LOG_DELIVERY, Permission.READ_ACP));
            }
            default -> throw S3Exception.invalidArgument("", "x-amz-acl", name);
        }
        return new AccessControlList(grants);
    }
}
