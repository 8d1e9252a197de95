package dev.objectlock.emulator.it;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.storage.JdbcBucketRepository;
import dev.objectlock.emulator.storage.JdbcObjectVersionRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.lang.reflect.Field;

/**
 * Domain services over a running emulator's own storage and clock, so a test can put objects with
 * the SDK and call manifest readers and batch tasks directly on the same data. The services keep no
 * state of their own (everything lives in H2 and the blob folder), so a second set wired here sees
 * exactly what the emulator's handlers see.
 *
 * <p>The emulator does not hand out its storage, and tests must not change the composition root,
 * so the two fields are read by reflection: a test-only seam, to be replaced by whatever accessor
 * the batch wiring ends up offering.
 */
final class BatchServices {

    final ObjectService objects;
    final ListingService listing;
    final CopyService copies;
    final Manifests manifests;

    private BatchServices(ObjectLockEmulator emulator) {
        Jdbc jdbc = field(emulator, "jdbc", Jdbc.class);
        BlobStore blobs = field(emulator, "blobs", BlobStore.class);
        var buckets = new JdbcBucketRepository(jdbc);
        var versions = new JdbcObjectVersionRepository(jdbc);
        objects = new ObjectService(buckets, versions, blobs, jdbc, emulator.clock());
        listing = new ListingService(buckets, versions);
        copies = new CopyService(objects, blobs, emulator.clock());
        manifests = new Manifests(objects, listing, emulator.clock());
    }

    static BatchServices of(ObjectLockEmulator emulator) {
        return new BatchServices(emulator);
    }

    private static <T> T field(ObjectLockEmulator emulator, String name, Class<T> type) {
        try {
            Field f = ObjectLockEmulator.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(emulator));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ObjectLockEmulator has no field " + name + " any more", e);
        }
    }
}
