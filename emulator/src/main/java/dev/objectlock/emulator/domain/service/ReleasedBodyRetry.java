package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.port.BlobMissingException;
import java.util.function.Supplier;

/**
 * Reads that look a version up and then open its body can lose a race with an overwrite that
 * releases the body in between. Such a read runs once more (it then sees the new state); a body
 * still missing is the server's fault: 500 InternalError, which SDKs retry.
 */
final class ReleasedBodyRetry {

    private ReleasedBodyRetry() {
    }

    static <T> T once(Supplier<T> read) {
        try {
            return read.get();
        } catch (BlobMissingException e) {
            try {
                return read.get();
            } catch (BlobMissingException again) {
                throw S3Exception.of(S3ErrorCode.INTERNAL_ERROR);
            }
        }
    }
}
