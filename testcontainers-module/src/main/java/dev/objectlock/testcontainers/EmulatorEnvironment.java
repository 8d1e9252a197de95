package dev.objectlock.testcontainers;

/**
 * The environment variables the emulator image reads, and the defaults it applies when one is
 * absent. This module may not depend on the emulator's classes, so the names are repeated here;
 * {@code EmulatorEnvironmentTest} fails the build if they ever differ from {@code EmulatorConfig}'s
 * {@code ENV_*} and {@code DEFAULT_*} constants, or if the emulator gains a setting this list lacks.
 */
final class EmulatorEnvironment {

    static final String HOST = "OBJECTLOCK_HOST";
    static final String PORT = "OBJECTLOCK_PORT";
    static final String REGION = "OBJECTLOCK_REGION";
    static final String ACCOUNT_ID = "OBJECTLOCK_ACCOUNT_ID";
    static final String DATA_DIR = "OBJECTLOCK_DATA_DIR";
    static final String VIRTUAL_HOST_SUFFIX = "OBJECTLOCK_VIRTUAL_HOST_SUFFIX";
    /** The identities document itself (a value starting with '{'), or the path of a file holding it. */
    static final String IDENTITIES = "OBJECTLOCK_IDENTITIES";

    static final String ADMIN_TOKEN = "OBJECTLOCK_ADMIN_TOKEN";

    static final String DEFAULT_REGION = "us-east-1";
    static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private EmulatorEnvironment() {}
}
