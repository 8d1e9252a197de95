package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.checksum.DigestingInputStream;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.rules.ChecksumRules;

/**
 * Streams a payload into the blob store while digesting it, then holds it to the client's
 * claims. A body that fails them is removed again, so a rejected write leaves nothing behind.
 */
final class PayloadWriter {

    /** A body safely in the blob store, with what was computed over it. */
    record Written(String blobId, DigestingInputStream.Result digests) {}

    private final BlobStore blobs;

    PayloadWriter(BlobStore blobs) {
        this.blobs = blobs;
    }

    Written write(Payload payload) {
        DigestingInputStream in =
                new DigestingInputStream(payload.body(), ChecksumRules.algorithmToStore(payload.algorithm()));
        String blobId = blobs.write(in);
        DigestingInputStream.Result digests = in.result();
        try {
            verify(digests, payload.claimed().get());
        } catch (RuntimeException e) {
            blobs.delete(blobId);
            throw e;
        }
        return new Written(blobId, digests);
    }

    static void verify(DigestingInputStream.Result digests, Payload.Claimed claimed) {
        if (claimed.contentMd5() != null && !claimed.contentMd5().equals(digests.md5Base64())) {
            throw S3Exception.of(S3ErrorCode.BAD_DIGEST)
                    .with("ExpectedDigest", claimed.contentMd5())
                    .with("CalculatedDigest", digests.md5Base64());
        }
        if (claimed.checksum() != null
                && digests.algorithm() != null
                && !claimed.checksum().equals(digests.checksumBase64())) {
            throw S3Exception.of(
                    S3ErrorCode.BAD_DIGEST,
                    "The " + digests.algorithm().name() + " you specified did not match the calculated checksum.");
        }
    }
}
