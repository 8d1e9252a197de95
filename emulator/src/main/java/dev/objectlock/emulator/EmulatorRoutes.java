package dev.objectlock.emulator;

import dev.objectlock.emulator.domain.authorization.ConfiguredIdentities;
import dev.objectlock.emulator.domain.model.CanonicalIds;
import dev.objectlock.emulator.http.AccessGate;
import dev.objectlock.emulator.http.RegionRouting;
import dev.objectlock.emulator.http.S3Operation;
import dev.objectlock.emulator.http.S3Routes;
import dev.objectlock.emulator.http.SignatureAuthenticator;
import dev.objectlock.emulator.http.control.ControlOperation;
import dev.objectlock.emulator.http.control.ControlRoutes;
import dev.objectlock.emulator.http.handlers.AclHandlers;
import dev.objectlock.emulator.http.handlers.BucketHandlers;
import dev.objectlock.emulator.http.handlers.BucketPolicyHandlers;
import dev.objectlock.emulator.http.handlers.CopyHandlers;
import dev.objectlock.emulator.http.handlers.JobHandlers;
import dev.objectlock.emulator.http.handlers.LifecycleHandlers;
import dev.objectlock.emulator.http.handlers.ListingHandlers;
import dev.objectlock.emulator.http.handlers.MultipartHandlers;
import dev.objectlock.emulator.http.handlers.ObjectAttributesHandlers;
import dev.objectlock.emulator.http.handlers.ObjectHandlers;
import dev.objectlock.emulator.http.handlers.ObjectLockHandlers;
import dev.objectlock.emulator.http.handlers.ReplicationHandlers;
import dev.objectlock.emulator.http.handlers.TaggingHandlers;
import dev.objectlock.emulator.http.xml.OwnerXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The route table: which handler, over which service, serves each S3 and S3 Control operation.
 * It wires the protocol to the domain, so it lives with the composition root.
 */
final class EmulatorRoutes {

    private static final AtomicBoolean XML_WARMED_UP = new AtomicBoolean();

    private EmulatorRoutes() {}

    /**
     * Every S3 operation and the S3 Control jobs API, with handlers over {@code services}, behind the
     * access gate that authenticates and authorises them once {@code identities} are configured.
     */
    static S3Routes of(EmulatorServices services, EmulatorConfig config, ConfiguredIdentities identities) {
        OwnerXml owner = new OwnerXml(CanonicalIds.of(config.accountId()), null);
        var aclHandlers = new AclHandlers(services.acls());
        var bucketHandlers = new BucketHandlers(services.buckets(), owner);
        var policyHandlers = new BucketPolicyHandlers(services.bucketPolicies());
        var lifecycleHandlers = new LifecycleHandlers(services.lifecycleConfigurations());
        var replicationHandlers = new ReplicationHandlers(services.replicationConfigurations());
        var listingHandlers = new ListingHandlers(services.listing(), owner);
        var objectHandlers =
                new ObjectHandlers(services.objects(), services.deletions(), services.lifecycleConfigurations());
        var copyHandlers = new CopyHandlers(services.copies());
        var taggingHandlers = new TaggingHandlers(services.tagging());
        var multipartHandlers = new MultipartHandlers(services.multipart(), services.multipartListing(), owner);
        var lockHandlers = new ObjectLockHandlers(services.objectLocks());
        var attributesHandlers = new ObjectAttributesHandlers(services.objects());
        // The one place that chooses how requests are authenticated: SigV4, judged on the real clock.
        var authenticator = new SignatureAuthenticator(Clock.systemUTC());
        var gate = new AccessGate(identities, authenticator, services.authorizer());
        return new S3Routes(config.virtualHostSuffix())
                .access(gate)
                .regions(new RegionRouting(services.buckets()))
                .on(S3Operation.LIST_BUCKETS, bucketHandlers::listBuckets)
                .on(S3Operation.CREATE_BUCKET, bucketHandlers::createBucket)
                .on(S3Operation.HEAD_BUCKET, bucketHandlers::headBucket)
                .on(S3Operation.DELETE_BUCKET, bucketHandlers::deleteBucket)
                .on(S3Operation.GET_BUCKET_LOCATION, bucketHandlers::getBucketLocation)
                .on(S3Operation.PUT_BUCKET_VERSIONING, bucketHandlers::putBucketVersioning)
                .on(S3Operation.GET_BUCKET_VERSIONING, bucketHandlers::getBucketVersioning)
                .on(S3Operation.PUT_BUCKET_POLICY, policyHandlers::putBucketPolicy)
                .on(S3Operation.GET_BUCKET_POLICY, policyHandlers::getBucketPolicy)
                .on(S3Operation.DELETE_BUCKET_POLICY, policyHandlers::deleteBucketPolicy)
                .on(S3Operation.GET_BUCKET_POLICY_STATUS, policyHandlers::getBucketPolicyStatus)
                .on(S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION, lifecycleHandlers::putBucketLifecycleConfiguration)
                .on(S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION, lifecycleHandlers::getBucketLifecycleConfiguration)
                .on(S3Operation.DELETE_BUCKET_LIFECYCLE, lifecycleHandlers::deleteBucketLifecycle)
                .on(S3Operation.PUT_BUCKET_REPLICATION, replicationHandlers::putBucketReplication)
                .on(S3Operation.GET_BUCKET_REPLICATION, replicationHandlers::getBucketReplication)
                .on(S3Operation.DELETE_BUCKET_REPLICATION, replicationHandlers::deleteBucketReplication)
                .on(S3Operation.LIST_OBJECTS, listingHandlers::listObjects)
                .on(S3Operation.LIST_OBJECTS_V2, listingHandlers::listObjectsV2)
                .on(S3Operation.LIST_OBJECT_VERSIONS, listingHandlers::listObjectVersions)
                .on(S3Operation.PUT_OBJECT, objectHandlers::putObject)
                .on(S3Operation.GET_OBJECT, objectHandlers::getObject)
                .on(S3Operation.HEAD_OBJECT, objectHandlers::getObject)
                .on(S3Operation.DELETE_OBJECT, objectHandlers::deleteObject)
                .on(S3Operation.DELETE_OBJECTS, objectHandlers::deleteObjects)
                .on(S3Operation.COPY_OBJECT, copyHandlers::copyObject)
                .on(S3Operation.GET_OBJECT_TAGGING, taggingHandlers::getObjectTagging)
                .on(S3Operation.PUT_OBJECT_TAGGING, taggingHandlers::putObjectTagging)
                .on(S3Operation.DELETE_OBJECT_TAGGING, taggingHandlers::deleteObjectTagging)
                .on(S3Operation.CREATE_MULTIPART_UPLOAD, multipartHandlers::createMultipartUpload)
                .on(S3Operation.UPLOAD_PART, multipartHandlers::uploadPart)
                .on(S3Operation.UPLOAD_PART_COPY, multipartHandlers::uploadPartCopy)
                .on(S3Operation.COMPLETE_MULTIPART_UPLOAD, multipartHandlers::completeMultipartUpload)
                .on(S3Operation.ABORT_MULTIPART_UPLOAD, multipartHandlers::abortMultipartUpload)
                .on(S3Operation.LIST_PARTS, multipartHandlers::listParts)
                .on(S3Operation.LIST_MULTIPART_UPLOADS, multipartHandlers::listMultipartUploads)
                .on(S3Operation.PUT_OBJECT_LOCK_CONFIGURATION, lockHandlers::putObjectLockConfiguration)
                .on(S3Operation.GET_OBJECT_LOCK_CONFIGURATION, lockHandlers::getObjectLockConfiguration)
                .on(S3Operation.PUT_OBJECT_RETENTION, lockHandlers::putObjectRetention)
                .on(S3Operation.GET_OBJECT_RETENTION, lockHandlers::getObjectRetention)
                .on(S3Operation.PUT_OBJECT_LEGAL_HOLD, lockHandlers::putObjectLegalHold)
                .on(S3Operation.GET_OBJECT_LEGAL_HOLD, lockHandlers::getObjectLegalHold)
                .on(S3Operation.GET_OBJECT_ATTRIBUTES, attributesHandlers::getObjectAttributes)
                .on(S3Operation.GET_BUCKET_ACL, aclHandlers::getBucketAcl)
                .on(S3Operation.PUT_BUCKET_ACL, aclHandlers::putBucketAcl)
                .on(S3Operation.GET_OBJECT_ACL, aclHandlers::getObjectAcl)
                .on(S3Operation.PUT_OBJECT_ACL, aclHandlers::putObjectAcl)
                .on(S3Operation.PUT_BUCKET_OWNERSHIP_CONTROLS, aclHandlers::putBucketOwnershipControls)
                .on(S3Operation.GET_BUCKET_OWNERSHIP_CONTROLS, aclHandlers::getBucketOwnershipControls)
                .on(S3Operation.DELETE_BUCKET_OWNERSHIP_CONTROLS, aclHandlers::deleteBucketOwnershipControls)
                .control(jobRoutes(new JobHandlers(services.batchJobs())));
    }

    /** The S3 Control jobs API ([C.2]), served beside S3 on the same endpoint. */
    private static ControlRoutes jobRoutes(JobHandlers jobs) {
        return new ControlRoutes()
                .on(ControlOperation.CREATE_JOB, jobs::createJob)
                .on(ControlOperation.DESCRIBE_JOB, jobs::describeJob)
                .on(ControlOperation.LIST_JOBS, jobs::listJobs)
                .on(ControlOperation.UPDATE_JOB_STATUS, jobs::updateJobStatus)
                .on(ControlOperation.UPDATE_JOB_PRIORITY, jobs::updateJobPriority)
                .on(ControlOperation.PUT_JOB_TAGGING, jobs::putJobTagging)
                .on(ControlOperation.GET_JOB_TAGGING, jobs::getJobTagging)
                .on(ControlOperation.DELETE_JOB_TAGGING, jobs::deleteJobTagging);
    }

    /**
     * Jackson's XmlMapper takes about 150 ms to build on first use; the first emulator in a JVM
     * builds it on a spare core while the server starts instead of inside the first S3 request.
     */
    static void warmUpXmlOnce() {
        if (XML_WARMED_UP.compareAndSet(false, true)) {
            Thread warmUp = new Thread(
                    () -> {
                        try {
                            XmlCodec.write(new OwnerXml("warm-up", null));
                        } catch (RuntimeException ignored) {
                            // only an optimisation: the first request builds it instead
                        }
                    },
                    "objectlock-xml-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }
}
