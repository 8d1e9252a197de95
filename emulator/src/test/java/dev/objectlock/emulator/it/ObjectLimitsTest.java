package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Size limits on what a write names: keys of at most 1024 UTF-8 bytes and at most 2 KB of user
 * metadata (S3 User Guide "Naming objects" and "Working with object metadata"; error codes from the
 * S3 API reference error list: KeyTooLongError, MetadataTooLarge).
 */
class ObjectLimitsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    @Test
    void keysLongerThan1024Utf8BytesAreRefusedAndNothingIsStored() {
        s3.createBucket("limits");
        String fits = "k".repeat(1024);
        s3.put("limits", fits, "ok");
        assertThat(s3.read("limits", fits)).isEqualTo("ok");

        String tooLong = "é".repeat(513); // 1026 bytes in UTF-8, 513 characters
        var e = s3Error(() -> s3.put("limits", tooLong, "no"), 400, "KeyTooLongError");
        assertThat(errorElement(e, "MaxSizeAllowed")).contains("1024");
        s3Error(() -> s3.client().createMultipartUpload(b -> b.bucket("limits").key(tooLong)), 400, "KeyTooLongError");
        s3Error(
                () -> s3.client()
                        .copyObject(b -> b.sourceBucket("limits")
                                .sourceKey(fits)
                                .destinationBucket("limits")
                                .destinationKey(tooLong)),
                400,
                "KeyTooLongError");
        assertThat(s3.client().listObjectsV2(b -> b.bucket("limits")).contents())
                .hasSize(1);
    }

    @Test
    void userMetadataOver2KilobytesIsRefused() {
        s3.createBucket("limits");
        s3.client()
                .putObject(
                        b -> b.bucket("limits").key("fits").metadata(Map.of("a", "x".repeat(2047))),
                        RequestBody.fromString("ok"));
        s3Error(
                () -> s3.client()
                        .putObject(
                                b -> b.bucket("limits").key("big").metadata(Map.of("a", "x".repeat(2048))),
                                RequestBody.fromString("no")),
                400,
                "MetadataTooLarge");
        assertThat(s3.client().listObjectsV2(b -> b.bucket("limits")).contents())
                .extracting(o -> o.key())
                .containsExactly("fits");
    }
}
