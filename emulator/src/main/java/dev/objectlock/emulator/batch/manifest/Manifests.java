package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.ManifestResolver;

/** The manifest formats and the manifest generator behind one {@link ManifestResolver}. Not built yet. */
public final class Manifests implements ManifestResolver {

    @Override
    public Resolved resolve(String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator) {
        throw new UnsupportedOperationException("not built yet");
    }
}
