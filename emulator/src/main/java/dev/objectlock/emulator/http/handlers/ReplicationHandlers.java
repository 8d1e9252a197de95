package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.ReplicationConfigurationService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.ReplicationConfigurationReader;
import dev.objectlock.emulator.http.xml.ReplicationConfigurationXml;

/**
 * Put/Get/DeleteBucketReplication ([R110]). The {@code x-amz-bucket-object-lock-token} header is
 * accepted and not read ([R115], [K46]).
 */
public final class ReplicationHandlers {

    /** A thousand rules with long filters and destinations stay well below this. */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final ReplicationConfigurationService configurations;

    public ReplicationHandlers(ReplicationConfigurationService configurations) {
        this.configurations = configurations;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketReplication.html */
    public void putBucketReplication(S3Exchange ex) {
        byte[] body = SmallPayloads.read(
                RequestPayloads.openRequiringChecksum(ex.body(), ex::header, ex.bodyCheck()),
                MAX_BODY,
                S3Exception::malformedXml);
        configurations.put(ex.bucket(), ReplicationConfigurationReader.read(body));
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketReplication.html */
    public void getBucketReplication(S3Exchange ex) {
        ex.xml(ReplicationConfigurationXml.of(configurations.get(ex.bucket())));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketReplication.html */
    public void deleteBucketReplication(S3Exchange ex) {
        configurations.delete(ex.bucket());
        ex.empty(204);
    }
}
