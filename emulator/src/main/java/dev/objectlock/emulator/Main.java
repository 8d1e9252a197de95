package dev.objectlock.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** The standalone emulator: {@code java -jar objectlock-emulator.jar [options]}. */
public final class Main {

    private static final Set<String> KNOWN_OPTIONS = Set.of(
            "--port",
            "--host",
            "--region",
            "--account-id",
            "--data-dir",
            "--virtual-host-suffix",
            "--identities",
            "--admin-token",
            "--lifecycle-interval");

    /** Not part of {@link EmulatorConfig}: periodic lifecycle runs are the standalone jar's alone. */
    static final String ENV_LIFECYCLE_INTERVAL = "OBJECTLOCK_LIFECYCLE_INTERVAL";

    static final Duration DEFAULT_LIFECYCLE_INTERVAL = Duration.ofMinutes(1);

    /** Set by the image's Dockerfile, so the start line can tell that its port is not the client's. */
    static final String ENV_IN_CONTAINER = "OBJECTLOCK_IN_CONTAINER";

    private static final String USAGE = """
            Usage: java -jar objectlock-emulator.jar [options]

            A local stand-in for Amazon S3 versioning, Object Lock and Batch Operations.

            Options:
              --port N             port to listen on (default 9000; 0 = any free port)
              --host ADDR          address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              --region NAME        the region of unsigned requests (default us-east-1);
                                   signed ones name theirs, and buckets go to any region
              --account-id ID      12-digit account id (default 123456789012)
              --data-dir DIR       keep state in DIR (H2 file database + blobs) so it survives
                                   a restart; without it everything lives in memory
              --virtual-host-suffix DOMAIN
                                   requests to <bucket>.DOMAIN use virtual-host style
                                   addressing (default localhost)
              --identities FILE    secured mode: every request must come from a key of the
                                   identities document in FILE (or the JSON document itself)
                                   and is authorised by its policies; without it, any key
                                   is accepted and everything is allowed (open mode)
              --admin-token TOKEN  every /_emulator/ call but the health check then needs
                                   'Authorization: Bearer TOKEN'
              --lifecycle-interval SECONDS
                                   run lifecycle rules this often while the clock reads
                                   system time (default 60; 0 = never; an ISO-8601
                                   duration such as PT5M also works); moving the clock
                                   through /_emulator/clock always runs them
              --help               print this help and exit
              --version            print the version and exit

            Every option can also be set in the environment: OBJECTLOCK_PORT, OBJECTLOCK_HOST,
            OBJECTLOCK_REGION, OBJECTLOCK_ACCOUNT_ID, OBJECTLOCK_DATA_DIR,
            OBJECTLOCK_VIRTUAL_HOST_SUFFIX, OBJECTLOCK_IDENTITIES, OBJECTLOCK_ADMIN_TOKEN,
            OBJECTLOCK_LIFECYCLE_INTERVAL.
            Flags win over the environment. A flag takes its
            value as the next argument or after '=' (--port=9000).

            Example:
              java -jar objectlock-emulator.jar --port 9000
              aws --endpoint-url http://127.0.0.1:9000 s3api create-bucket --bucket records
            """;

    private Main() {}

    /** What {@link #launch} ended with: an exit status now, or a serving emulator. */
    record Launch(int status, ObjectLockEmulator emulator) {
        static Launch exit(int status) {
            return new Launch(status, null);
        }
    }

    /**
     * Starts the standalone emulator ({@code java -jar objectlock-emulator.jar --help} lists the flags)
     * and serves until the process is stopped.
     *
     * @param args the command-line flags
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        quietFrameworkLogs();
        if (args.length == 1 && args[0].equals(TrainingRun.FLAG)) {
            System.exit(TrainingRun.run(System.err));
        }
        Launch launch = launch(args, System.getenv()::get, System.out, System.err);
        if (launch.emulator() == null) {
            System.exit(launch.status());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launch.emulator()::stop, "objectlock-shutdown"));
        new CountDownLatch(1).await();
    }

    /**
     * Runs the CLI: prints help, the version or a usage error and returns an exit status (0 or 2;
     * 1 when the emulator could not start), or starts the emulator, prints the one "listening on"
     * line and returns it serving. The caller owns the emulator and stops it.
     */
    static Launch launch(String[] args, Function<String, String> env, PrintStream out, PrintStream err) {
        EmulatorConfig config;
        Duration lifecycleInterval;
        try {
            EmulatorConfig.Builder builder = EmulatorConfig.fromEnv(env).toBuilder();
            String envInterval = env.apply(ENV_LIFECYCLE_INTERVAL);
            lifecycleInterval = envInterval == null || envInterval.isBlank()
                    ? DEFAULT_LIFECYCLE_INTERVAL
                    : parseInterval(ENV_LIFECYCLE_INTERVAL, envInterval.strip());
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String inline = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    inline = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return Launch.exit(0);
                    }
                    case "--version" -> {
                        out.println("objectlock-emulator " + version());
                        return Launch.exit(0);
                    }
                    case "--lifecycle-interval" ->
                        lifecycleInterval = parseInterval(arg, inline != null ? inline : value(args, ++i, arg));
                    default -> {
                        String value = inline != null ? inline : value(args, ++i, arg);
                        option(builder, arg, value);
                    }
                }
            }
            config = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("objectlock-emulator: " + e.getMessage());
            err.println("Run with --help for usage.");
            return Launch.exit(2);
        }
        ObjectLockEmulator emulator = ObjectLockEmulator.create(config);
        try {
            emulator.start();
        } catch (RuntimeException e) {
            emulator.stop();
            err.println("objectlock-emulator: " + startFailure(config, e));
            return Launch.exit(1);
        }
        if (!lifecycleInterval.isZero()) {
            emulator.runLifecycleEvery(lifecycleInterval);
        }
        out.println(startLine(config, emulator.port(), emulator.secured(), "true".equals(env.apply(ENV_IN_CONTAINER))));
        out.flush();
        if (emulator.secured() && config.adminToken() == null && config.listensBeyondLoopback()) {
            err.println("objectlock-emulator: WARNING: secured mode, listening on " + config.host()
                    + " without an admin token: anyone who reaches this port can replace the identities or reset "
                    + "everything through /_emulator/. Set --admin-token (or OBJECTLOCK_ADMIN_TOKEN).");
            err.flush();
        }
        return new Launch(-1, emulator);
    }

    /**
     * The one "listening on" line: the address the server is bound to (0.0.0.0 in the image, not the
     * 127.0.0.1 a client on this machine would use). In a container that address and port mean
     * nothing to the client outside, so the line says to use the host port Docker mapped instead.
     */
    static String startLine(EmulatorConfig config, int port, boolean secured, boolean inContainer) {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "ObjectLock Emulator " + version() + " listening on http://" + host + ":" + port + " (region "
                + config.region() + ", "
                + (config.dataDir() == null
                        ? "in-memory"
                        : "data in " + config.dataDir().toAbsolutePath().normalize())
                + (secured ? ", secured mode" : "")
                + (inContainer ? "; in a container: clients use the host port mapped to " + port : "") + ")";
    }

    private static void option(EmulatorConfig.Builder builder, String option, String value) {
        switch (option) {
            case "--port" -> builder.port(EmulatorConfig.parsePort(option, value));
            case "--host" -> builder.host(value);
            case "--region" -> builder.region(value);
            case "--account-id" -> builder.accountId(value);
            case "--data-dir" -> builder.dataDir(Path.of(value));
            case "--virtual-host-suffix" -> builder.virtualHostSuffix(value);
            case "--identities" -> builder.identities(EmulatorConfig.readIdentities(option, value));
            case "--admin-token" -> builder.adminToken(value);
            default -> throw new IllegalArgumentException("unknown option: " + option);
        }
    }

    /** Whole seconds (0 = off) or an ISO-8601 duration; never negative. */
    static Duration parseInterval(String source, String value) {
        Duration d;
        try {
            d = value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                    ? Duration.ofSeconds(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    source + " must be whole seconds or an ISO-8601 duration such as PT1M, was " + value);
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(source + " must not be negative, was " + value);
        }
        return d;
    }

    private static String value(String[] args, int i, String option) {
        if (!KNOWN_OPTIONS.contains(option)) {
            throw new IllegalArgumentException("unknown option: " + option);
        }
        if (i >= args.length || args[i].isBlank() || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * Jetty and Javalin announce themselves at INFO on every start; the standalone jar prints its
     * own one line instead. An explicit {@code -Dorg.slf4j.simpleLogger...} setting still wins.
     */
    private static void quietFrameworkLogs() {
        for (String logger : List.of("org.eclipse.jetty", "io.javalin")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    private static String startFailure(EmulatorConfig config, Throwable e) {
        if (e instanceof UnreadableDataDirException) {
            return "could not start: " + e.getMessage();
        }
        Throwable root = rootCause(e);
        if (root instanceof java.net.BindException) {
            return "could not listen on " + config.host() + ":" + config.port() + ": " + root.getMessage();
        }
        if (root instanceof java.nio.channels.UnresolvedAddressException) {
            return "could not listen on " + config.host() + ": not an address of this machine";
        }
        return "could not start: " + rootMessage(e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/objectlock-emulator.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
