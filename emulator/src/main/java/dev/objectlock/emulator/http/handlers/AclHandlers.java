package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.service.AclService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.AclHeaders;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.AccessControlPolicyXml;
import dev.objectlock.emulator.http.xml.OwnershipControlsXml;
import dev.objectlock.emulator.http.xml.XmlCodec;

/** Get/PutBucketAcl, Get/PutObjectAcl and Put/Get/DeleteBucketOwnershipControls ([R80]-[R86]). */
public final class AclHandlers {

    private static final int MAX_BODY_BYTES = 1 << 20;

    private final AclService acls;

    public AclHandlers(AclService acls) {
        this.acls = acls;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAcl.html */
    public void getBucketAcl(S3Exchange ex) {
        AclService.OwnedAcl acl = acls.getBucketAcl(ex.bucket());
        ex.xml(AccessControlPolicyXml.of(acl.ownerId(), acl.acl()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketAcl.html */
    public void putBucketAcl(S3Exchange ex) {
        acls.putBucketAcl(ex.bucket(), request(ex));
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html */
    public void getObjectAcl(S3Exchange ex) {
        AclService.OwnedAcl acl = acls.getObjectAcl(ex.bucket(), ex.key(), ex.query("versionId"));
        ex.xml(AccessControlPolicyXml.of(acl.ownerId(), acl.acl()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html */
    public void putObjectAcl(S3Exchange ex) {
        acls.putObjectAcl(ex.bucket(), ex.key(), ex.query("versionId"), request(ex));
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketOwnershipControls.html */
    public void putBucketOwnershipControls(S3Exchange ex) {
        OwnershipControlsXml controls = XmlCodec.read(body(ex), OwnershipControlsXml.class);
        acls.putOwnershipControls(ex.bucket(), controls.values());
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketOwnershipControls.html */
    public void getBucketOwnershipControls(S3Exchange ex) {
        ex.xml(OwnershipControlsXml.of(acls.getOwnershipControls(ex.bucket()).wireName()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketOwnershipControls.html */
    public void deleteBucketOwnershipControls(S3Exchange ex) {
        acls.deleteOwnershipControls(ex.bucket());
        ex.empty(204);
    }

    /** The headers and, when the body is not empty, its AccessControlPolicy (MalformedACLError if unreadable). */
    private static AclRequest request(S3Exchange ex) {
        byte[] body = body(ex);
        if (body.length == 0) {
            return AclHeaders.read(ex);
        }
        try {
            return AclHeaders.read(
                    ex, XmlCodec.read(body, AccessControlPolicyXml.class).toDocument());
        } catch (S3Exception e) {
            throw e.code() == S3ErrorCode.MALFORMED_XML ? S3Exception.of(S3ErrorCode.MALFORMED_ACL_ERROR) : e;
        }
    }

    private static byte[] body(S3Exchange ex) {
        return SmallPayloads.read(RequestPayloads.open(ex.body(), ex::header, ex.bodyCheck()), MAX_BODY_BYTES);
    }
}
