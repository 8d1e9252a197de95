package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.it.SecuredIdentities.Callers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * DeleteObjects authorises each entry on its own ([P74]): a refused key is reported inside the 200
 * DeleteResult as AccessDenied "Access Denied" and the other keys are deleted; a key refused by Object
 * Lock keeps the lock message. Each entry needs s3:DeleteObject, or s3:DeleteObjectVersion with a
 * VersionId, and s3:BypassGovernanceRetention when the header is true.
 */
class DeleteObjectsPermissionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    private static Callers as;

    @BeforeAll
    static void clients() {
        as = Callers.of(s3);
    }

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(as.root(), "locked");
    }

    @Test
    void refusedKeysAreReportedPerKeyAndTheOthersDeleted() {
        String kept = put(as.app(), "locked", "records/a", "x");
        String gone = put(as.app(), "locked", "scratch/b", "y");
        EmulatorInternals.putBucketPolicy(s3.emulator(), "locked", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*",
                  "Action": "s3:DeleteObjectVersion", "Resource": "arn:aws:s3:::locked/records/*"}]}
                """);

        DeleteObjectsResponse r = as.app()
                .deleteObjects(b -> b.bucket("locked")
                        .delete(d -> d.objects(
                                ObjectIdentifier.builder()
                                        .key("records/a")
                                        .versionId(kept)
                                        .build(),
                                ObjectIdentifier.builder()
                                        .key("scratch/b")
                                        .versionId(gone)
                                        .build())));

        assertThat(r.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactly(tuple("records/a", kept, "AccessDenied", "Access Denied"));
        assertThat(r.deleted()).extracting(DeletedObject::key).containsExactly("scratch/b");
        assertThat(versionExists(as.root(), "locked", kept)).isTrue();
        assertThat(versionExists(as.root(), "locked", gone)).isFalse();
    }

    @Test
    void theBypassIsJudgedPerKeyBeforeTheLock() {
        String governed = putWithRetention(as.app(), "locked", "g", "x", ObjectLockMode.GOVERNANCE, days(30));
        String plain = put(as.app(), "locked", "p", "y");

        DeleteObjectsResponse app = as.app()
                .deleteObjects(b -> b.bucket("locked")
                        .bypassGovernanceRetention(true)
                        .delete(d -> d.objects(
                                ObjectIdentifier.builder()
                                        .key("g")
                                        .versionId(governed)
                                        .build(),
                                ObjectIdentifier.builder()
                                        .key("p")
                                        .versionId(plain)
                                        .build())));
        DeleteObjectsResponse noHeader = as.admin()
                .deleteObjects(b -> b.bucket("locked")
                        .delete(d -> d.objects(ObjectIdentifier.builder()
                                .key("g")
                                .versionId(governed)
                                .build())));

        assertThat(app.errors())
                .extracting(S3Error::key, S3Error::message)
                .containsExactly(tuple("g", "Access Denied"), tuple("p", "Access Denied"));
        assertThat(noHeader.errors()).extracting(S3Error::key, S3Error::message).containsExactly(tuple("g", PROTECTED));
        as.admin()
                .deleteObjects(b -> b.bucket("locked")
                        .bypassGovernanceRetention(true)
                        .delete(d -> d.objects(ObjectIdentifier.builder()
                                .key("g")
                                .versionId(governed)
                                .build())));
        assertThat(versionExists(as.root(), "locked", governed)).isFalse();
    }
}
