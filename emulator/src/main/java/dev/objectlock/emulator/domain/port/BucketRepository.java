package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.util.List;
import java.util.Optional;

/** Buckets. Methods ending in {@code ForUpdate} lock the row until the transaction ends. */
public interface BucketRepository {

    /** Inserts the bucket; false when one of that name already exists. */
    boolean insert(Bucket bucket);

    Optional<Bucket> find(String name);

    /** Finds and locks the bucket: every write to a bucket's versions holds this lock. */
    Optional<Bucket> findForUpdate(String name);

    List<Bucket> listAll();

    void updateVersioning(String name, VersioningStatus status, boolean mfaDeleteConfigured);

    /** Turns Object Lock on (it can never be turned off) and sets or clears the default retention. */
    void updateObjectLock(String name, DefaultRetention defaultRetention);

    void delete(String name);
}
