package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.UploadedPart;
import java.util.List;
import java.util.Optional;

/** Multipart uploads in progress and their parts. */
public interface MultipartRepository {

    void insert(MultipartUpload upload);

    Optional<MultipartUpload> find(String bucket, String key, String uploadId);

    /** Locks the upload row so completion, abort and part writes of one upload never interleave. */
    Optional<MultipartUpload> findForUpdate(String bucket, String key, String uploadId);

    /** Stores the part, replacing one with the same number; returns the replaced part's blob, if any. */
    Optional<String> putPart(UploadedPart part);

    /** Parts in part-number order after {@code afterPartNumber}, at most {@code limit}. */
    List<UploadedPart> parts(String uploadId, int afterPartNumber, int limit);

    /** Removes the upload and its parts; returns the parts' blob ids for release after commit. */
    List<String> delete(String uploadId);

    /** Uploads of the bucket in (key, initiated) order with key starting with {@code prefix}. */
    List<MultipartUpload> list(String bucket, String prefix, String afterKey, String afterUploadId, int limit);
}
