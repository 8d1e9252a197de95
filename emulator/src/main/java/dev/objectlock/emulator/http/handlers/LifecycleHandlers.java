package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.service.LifecycleConfigurationService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.LifecycleConfigurationReader;
import dev.objectlock.emulator.http.xml.LifecycleConfigurationXml;

/** Put/Get/DeleteBucketLifecycleConfiguration ([R90]). */
public final class LifecycleHandlers {

    /** A thousand rules with long filters stay well below this. */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final LifecycleConfigurationService configurations;

    public LifecycleHandlers(LifecycleConfigurationService configurations) {
        this.configurations = configurations;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html */
    public void putBucketLifecycleConfiguration(S3Exchange ex) {
        byte[] body = SmallPayloads.read(
                RequestPayloads.openRequiringChecksum(ex.body(), ex::header, ex.bodyCheck()),
                MAX_BODY,
                dev.objectlock.emulator.domain.error.S3Exception::malformedXml);
        var stored = configurations.put(
                ex.bucket(),
                LifecycleConfigurationReader.read(body, ex.header(S3Headers.TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE)));
        ex.responseHeader(
                S3Headers.TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE, stored.transitionDefaultMinimumObjectSize());
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html */
    public void getBucketLifecycleConfiguration(S3Exchange ex) {
        var configuration = configurations.get(ex.bucket());
        ex.responseHeader(
                S3Headers.TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE, configuration.transitionDefaultMinimumObjectSize());
        ex.xml(LifecycleConfigurationXml.of(configuration));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketLifecycle.html */
    public void deleteBucketLifecycle(S3Exchange ex) {
        configurations.delete(ex.bucket());
        ex.empty(204);
    }
}
