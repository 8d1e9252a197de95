package dev.objectlock.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** The standalone emulator: {@code java -jar objectlock-emulator.jar [options]}. */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar objectlock-emulator.jar [options]

            A local stand-in for Amazon S3 versioning, Object Lock and Batch Operations.

            Options:
              --port N             port to listen on (default 9000; 0 = any free port)
              --host ADDR          address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              --region NAME        the region buckets live in (default us-east-1)
              --account-id ID      12-digit account id (default 123456789012)
              --data-dir DIR       keep state in DIR (H2 file database + blobs) so it survives
                                   a restart; without it everything lives in memory
              --virtual-host-suffix DOMAIN
                                   requests to <bucket>.DOMAIN use virtual-host style
                                   addressing (default localhost)
              --help               print this help and exit
              --version            print the version and exit

            Every option can also be set in the environment: OBJECTLOCK_PORT, OBJECTLOCK_HOST,
            OBJECTLOCK_REGION, OBJECTLOCK_ACCOUNT_ID, OBJECTLOCK_DATA_DIR,
            OBJECTLOCK_VIRTUAL_HOST_SUFFIX. Flags win over the environment.

            Example:
              java -jar objectlock-emulator.jar --port 9000
              aws --endpoint-url http://127.0.0.1:9000 s3api create-bucket --bucket records
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.getenv()::get, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
        new CountDownLatch(1).await();
    }

    /**
     * Runs the CLI; returns an exit status when the process should end now, or -1 once the
     * emulator is serving (it then runs until the JVM is stopped).
     */
    static int run(String[] args, java.util.function.Function<String, String> env, PrintStream out, PrintStream err) {
        EmulatorConfig.Builder builder;
        try {
            EmulatorConfig fromEnv = EmulatorConfig.fromEnv(env);
            builder = EmulatorConfig.builder().host(fromEnv.host()).port(fromEnv.port()).region(fromEnv.region())
                    .accountId(fromEnv.accountId()).dataDir(fromEnv.dataDir())
                    .virtualHostSuffix(fromEnv.virtualHostSuffix());
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--version" -> {
                        out.println("objectlock-emulator " + version());
                        return 0;
                    }
                    case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
                    case "--host" -> builder.host(value(args, ++i, arg));
                    case "--region" -> builder.region(value(args, ++i, arg));
                    case "--account-id" -> builder.accountId(value(args, ++i, arg));
                    case "--data-dir" -> builder.dataDir(Path.of(value(args, ++i, arg)));
                    case "--virtual-host-suffix" -> builder.virtualHostSuffix(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option: " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("objectlock-emulator: " + e.getMessage());
            err.println("Run with --help for usage.");
            return 2;
        }
        EmulatorConfig config;
        try {
            config = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("objectlock-emulator: " + e.getMessage());
            return 2;
        }
        ObjectLockEmulator emulator = ObjectLockEmulator.create(config);
        try {
            emulator.start();
        } catch (RuntimeException e) {
            err.println("objectlock-emulator: could not start: " + rootMessage(e));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "objectlock-shutdown"));
        out.println("ObjectLock Emulator " + version() + " listening on " + emulator.endpoint() + " (region "
                + config.region() + ", " + (config.dataDir() == null ? "in-memory"
                : "data in " + config.dataDir().toAbsolutePath()) + ")");
        out.flush();
        return -1;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
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
