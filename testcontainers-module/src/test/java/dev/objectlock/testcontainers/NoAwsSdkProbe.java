package dev.objectlock.testcontainers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Uses the container as a project without the AWS SDK would, by plain method calls (which link
 * lazily, as in such a project; reflection would resolve every signature at once). Loaded by
 * {@link NoAwsSdkOnClasspathTest} in a class loader that has no SDK.
 */
public final class NoAwsSdkProbe implements Supplier<Map<String, String>> {

    @Override
    public Map<String, String> get() {
        ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer()
                .withRegion("eu-west-1")
                .withAccountId("111122223333")
                .withClockStart(java.time.Instant.parse("2030-01-01T00:00:00Z"));
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("region", container.getRegion());
        seen.put("accountId", container.getAccountId());
        seen.put("env", String.valueOf(container.getEnvMap().get("OBJECTLOCK_REGION")));
        try {
            Object client = container.createS3Client();
            seen.put("createS3Client", "returned " + client);
        } catch (RuntimeException | LinkageError e) {
            seen.put("createS3Client", e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Object client = container.createS3ControlClient();
            seen.put("createS3ControlClient", "returned " + client);
        } catch (RuntimeException | LinkageError e) {
            seen.put("createS3ControlClient", e.getClass().getName() + ": " + e.getMessage());
        }
        return seen;
    }
}
