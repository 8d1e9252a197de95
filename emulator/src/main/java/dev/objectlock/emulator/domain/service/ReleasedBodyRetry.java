package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.port.BlobMissingException;
import java.util.function.Supplier;

/**
 * Reads that look a version up and then open its body can lose a race with an overwrite that
 * releases the body in between. Such a read runs again (it then sees the newer state). One retry
 * was not enough on a loaded machine, where a key overwritten in a tight loop could be replaced
 * twice between lookup and open; a body still missing after several looks is the server's fault:
 * 500 InternalError, which SDKs retry.
 */
final class ReleasedBodyRetry {

    static final int ATTEMPTS = 8;

    private ReleasedBodyRetry() {}

    static <T> T retrying(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (BlobMissingException e) {
                if (attempt == ATTEMPTS) {
                    throw S3Exception.of(S3ErrorCode.INTERNAL_ERROR);
                }
            }
        }
    }
}
