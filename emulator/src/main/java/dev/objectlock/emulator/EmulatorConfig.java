package dev.objectlock.emulator;

import dev.objectlock.emulator.domain.access.IdentitiesJson;
import dev.objectlock.emulator.domain.access.InvalidIdentitiesException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How an emulator runs. Every setting has a CLI flag and an environment variable (for containers),
 * both named from the constants here so the two can never drift apart.
 *
 * @param host              the address to listen on, such as 127.0.0.1 or 0.0.0.0
 * @param port              0 picks any free port
 * @param region            the region buckets live in, such as us-east-1
 * @param accountId         the 12-digit account that owns the buckets and jobs
 * @param dataDir           null keeps everything in memory; otherwise H2 file database and blobs live there
 * @param virtualHostSuffix requests to {@code <bucket>.<suffix>} address that bucket (virtual-host style)
 * @param identities        the identities document (issue 12), JSON text; null keeps the emulator in open
 *                          mode (any credentials, everything allowed), a document switches it to secured mode
 * @param adminToken        when set, every {@code /_emulator/} call but the health check needs
 *                          {@code Authorization: Bearer <adminToken>}; null leaves the admin API open
 */
public record EmulatorConfig(
        String host,
        int port,
        String region,
        String accountId,
        Path dataDir,
        String virtualHostSuffix,
        String identities,
        String adminToken) {

    /** The variable for {@code host}. */
    public static final String ENV_HOST = "OBJECTLOCK_HOST";
    /** The variable for {@code port}. */
    public static final String ENV_PORT = "OBJECTLOCK_PORT";
    /** The variable for {@code region}. */
    public static final String ENV_REGION = "OBJECTLOCK_REGION";
    /** The variable for {@code accountId}. */
    public static final String ENV_ACCOUNT_ID = "OBJECTLOCK_ACCOUNT_ID";
    /** The variable for {@code dataDir}. */
    public static final String ENV_DATA_DIR = "OBJECTLOCK_DATA_DIR";
    /** The variable for {@code virtualHostSuffix}. */
    public static final String ENV_VIRTUAL_HOST_SUFFIX = "OBJECTLOCK_VIRTUAL_HOST_SUFFIX";
    /** A file holding the identities document, or the document itself (a value starting with '{'). */
    public static final String ENV_IDENTITIES = "OBJECTLOCK_IDENTITIES";

    /** The variable for {@code adminToken}. */
    public static final String ENV_ADMIN_TOKEN = "OBJECTLOCK_ADMIN_TOKEN";

    /** Loopback only: nothing beyond this machine reaches the emulator unless asked to. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The standalone jar's and the image's port; the builder's default is 0 (any free port). */
    public static final int DEFAULT_PORT = 9000;
    /** The region when none is given. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account when none is given. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    /** The domain of virtual-host-style requests when none is given. */
    public static final String DEFAULT_VIRTUAL_HOST_SUFFIX = "localhost";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+");

    /**
     * Checks every setting, so that a bad one fails here and not at the first request.
     *
     * @param host the address to listen on
     * @param port the port; 0 picks any free port
     * @param region the region buckets live in
     * @param accountId the 12-digit account
     * @param dataDir the folder for state; null keeps it in memory
     * @param virtualHostSuffix the domain of virtual-host-style requests
     * @param identities the identities document; null for open mode
     * @param adminToken the admin API's bearer token; null for none
     * @throws IllegalArgumentException naming the first bad setting
     */
    public EmulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(virtualHostSuffix, "virtualHostSuffix");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must look like us-east-1, was " + region);
        }
        if (adminToken != null && adminToken.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
        if (identities != null) {
            try {
                IdentitiesJson.parse(identities, accountId);
            } catch (InvalidIdentitiesException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /**
     * Open mode and an open admin API: the settings every release before issue 12 had.
     *
     * @param host the address to listen on
     * @param port the port; 0 picks any free port
     * @param region the region buckets live in
     * @param accountId the 12-digit account
     * @param dataDir the folder for state; null keeps it in memory
     * @param virtualHostSuffix the domain of virtual-host-style requests
     */
    public EmulatorConfig(
            String host, int port, String region, String accountId, Path dataDir, String virtualHostSuffix) {
        this(host, port, region, accountId, dataDir, virtualHostSuffix, null, null);
    }

    /**
     * Defaults for an in-process emulator: loopback, any free port, in memory.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads settings from the environment; absent variables keep the standalone defaults.
     *
     * @param env looks up a variable, such as {@code System::getenv}
     * @return the configuration
     */
    public static EmulatorConfig fromEnv(Function<String, String> env) {
        Builder b = builder().port(DEFAULT_PORT);
        apply(env, ENV_HOST, b::host);
        apply(env, ENV_PORT, v -> b.port(parsePort(ENV_PORT, v)));
        apply(env, ENV_REGION, b::region);
        apply(env, ENV_ACCOUNT_ID, b::accountId);
        apply(env, ENV_DATA_DIR, v -> b.dataDir(Path.of(v)));
        apply(env, ENV_VIRTUAL_HOST_SUFFIX, b::virtualHostSuffix);
        apply(env, ENV_IDENTITIES, v -> b.identities(readIdentities(ENV_IDENTITIES, v)));
        apply(env, ENV_ADMIN_TOKEN, b::adminToken);
        return b.build();
    }

    /**
     * A builder holding this configuration, to change a setting or two.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder()
                .host(host)
                .port(port)
                .region(region)
                .accountId(accountId)
                .dataDir(dataDir)
                .virtualHostSuffix(virtualHostSuffix)
                .identities(identities)
                .adminToken(adminToken);
    }

    /**
     * The identities document named by a flag or variable: the document itself when the value starts
     * with '{' (handy in a container's environment), otherwise the file it names.
     */
    static String readIdentities(String source, String value) {
        // Stripped either way, so that a document read from a file survives toEnv() and fromEnv() unchanged.
        if (value.strip().startsWith("{")) {
            return value.strip();
        }
        try {
            return Files.readString(Path.of(value.strip())).strip();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(source + ": cannot read the identities file '" + value + "': " + e);
        }
    }

    /**
     * Whether the emulator answers on more than the loopback interface, where anyone on the network
     * could reach the admin API (issue 12: secured mode warns when no admin token guards it).
     *
     * @return true unless the host is a loopback address
     */
    public boolean listensBeyondLoopback() {
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** A port number from text, with a message that names where it came from ({@code --port}, an env var). */
    static int parsePort(String source, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException(source + " must be a number between 0 and 65535, was '" + value + "'");
    }

    /**
     * The environment that {@link #fromEnv} turns back into this configuration.
     *
     * @return variable names and values
     */
    public Map<String, String> toEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENV_HOST, host);
        env.put(ENV_PORT, Integer.toString(port));
        env.put(ENV_REGION, region);
        env.put(ENV_ACCOUNT_ID, accountId);
        if (dataDir != null) {
            env.put(ENV_DATA_DIR, dataDir.toString());
        }
        env.put(ENV_VIRTUAL_HOST_SUFFIX, virtualHostSuffix);
        if (identities != null) {
            env.put(ENV_IDENTITIES, identities);
        }
        if (adminToken != null) {
            env.put(ENV_ADMIN_TOKEN, adminToken);
        }
        return env;
    }

    /** Never shows the identities' secrets or the admin token: configurations end up in logs. */
    @Override
    public String toString() {
        return "EmulatorConfig[host=" + host + ", port=" + port + ", region=" + region + ", accountId=" + accountId
                + ", dataDir=" + dataDir + ", virtualHostSuffix=" + virtualHostSuffix + ", identities="
                + (identities == null ? "none (open mode)" : "set") + ", adminToken="
                + (adminToken == null ? "none" : "set") + "]";
    }

    private static void apply(Function<String, String> env, String name, java.util.function.Consumer<String> setter) {
        String value = env.apply(name);
        if (value != null && !value.isBlank()) {
            setter.accept(value.strip());
        }
    }

    /** Collects settings; every one has a default. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = 0;
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private Path dataDir;
        private String virtualHostSuffix = DEFAULT_VIRTUAL_HOST_SUFFIX;
        private String identities;
        private String adminToken;

        /**
         * Sets the address to listen on.
         *
         * @param host the address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Sets the port.
         *
         * @param port the port; 0 picks any free one
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the region.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the account.
         *
         * @param accountId 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets the folder for state.
         *
         * @param dataDir the folder; null keeps state in memory
         * @return this builder
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * Sets the domain of virtual-host-style requests.
         *
         * @param suffix the domain
         * @return this builder
         */
        public Builder virtualHostSuffix(String suffix) {
            this.virtualHostSuffix = suffix;
            return this;
        }

        /**
         * The identities document, JSON text; null returns to open mode.
         *
         * @param identities the document
         * @return this builder
         */
        public Builder identities(String identities) {
            this.identities = identities;
            return this;
        }

        /**
         * Sets the admin token.
         *
         * @param adminToken the bearer token; null leaves the admin API open
         * @return this builder
         */
        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        /**
         * Checks the settings.
         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first bad setting
         */
        public EmulatorConfig build() {
            return new EmulatorConfig(
                    host, port, region, accountId, dataDir, virtualHostSuffix, identities, adminToken);
        }
    }
}
