package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.LegalHoldXml;
import dev.objectlock.emulator.http.xml.ObjectLockConfigurationXml;
import dev.objectlock.emulator.http.xml.RetentionXml;
import dev.objectlock.emulator.http.xml.XmlCodec;

/** Put/GetObjectLockConfiguration, Put/GetObjectRetention, Put/GetObjectLegalHold. */
public final class ObjectLockHandlers {

    private static final int MAX_BODY = 64 * 1024;

    private final ObjectLockService locks;

    public ObjectLockHandlers(ObjectLockService locks) {
        this.locks = locks;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLockConfiguration.html */
    public void putObjectLockConfiguration(S3Exchange ex) {
        byte[] body = checkedBody(ex);
        if (body.length == 0) {
            throw S3Exception.of(S3ErrorCode.MISSING_REQUEST_BODY);
        }
        locks.putConfiguration(ex.bucket(), ObjectLockConfigurationXml.parse(body));
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLockConfiguration.html */
    public void getObjectLockConfiguration(S3Exchange ex) {
        Bucket bucket = locks.getConfiguration(ex.bucket());
        DefaultRetention d = bucket.defaultRetention();
        ex.xml(new ObjectLockConfigurationXml(
                "Enabled",
                d == null
                        ? null
                        : new ObjectLockConfigurationXml.RuleXml(new ObjectLockConfigurationXml.DefaultRetentionXml(
                                d.mode().name(), d.days(), d.years()))));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectRetention.html */
    public void putObjectRetention(S3Exchange ex) {
        RetentionXml retention = read(checkedBody(ex), RetentionXml.class, new RetentionXml(null, null));
        Boolean bypass = S3Headers.parseBoolean(S3Headers.BYPASS_GOVERNANCE, ex.header(S3Headers.BYPASS_GOVERNANCE));
        locks.putRetention(ref(ex), retention.mode(), retention.retainUntilDate(), bypass, ex.access());
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectRetention.html */
    public void getObjectRetention(S3Exchange ex) {
        Retention r = locks.getRetention(ref(ex));
        ex.xml(new RetentionXml(r.mode().name(), XmlCodec.timestamp(r.retainUntil())));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLegalHold.html */
    public void putObjectLegalHold(S3Exchange ex) {
        byte[] body = checkedBody(ex);
        if (body.length == 0) {
            throw S3Exception.malformedXml();
        }
        LegalHoldXml hold = read(body, LegalHoldXml.class, new LegalHoldXml(null));
        locks.putLegalHold(ref(ex), hold.status(), ex.access());
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLegalHold.html */
    public void getObjectLegalHold(S3Exchange ex) {
        ex.xml(new LegalHoldXml(locks.getLegalHold(ref(ex)).name()));
    }

    private static ObjectLockService.VersionRef ref(S3Exchange ex) {
        return new ObjectLockService.VersionRef(ex.bucket(), ex.key(), ex.query("versionId"));
    }

    /** The three PUTs are requestChecksumRequired in the S3 model ([B.1]). */
    private static byte[] checkedBody(S3Exchange ex) {
        return SmallPayloads.read(
                RequestPayloads.openRequiringChecksum(ex.body(), ex::header, ex.bodyCheck()), MAX_BODY);
    }

    /** An empty root element such as {@code <Retention/>} reads as the record with no fields. */
    private static <T> T read(byte[] body, Class<T> type, T empty) {
        if (body.length == 0) {
            throw S3Exception.malformedXml();
        }
        try {
            return XmlCodec.read(body, type);
        } catch (S3Exception e) {
            if (XmlCodec.isEmptyDocument(body, type)) {
                return empty;
            }
            throw e;
        }
    }
}
