package dev.objectlock.conformance.target;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where the principals of the permission scenarios come from, per target: on the emulator target
 * a second emulator started secured with {@code conformance-identities.json}; on url the document
 * of {@code -Dconformance.identities} (the one the jar was started with); on aws one named profile
 * and ARN per principal ({@code -Dconformance.principal.<name>.profile} and {@code .arn}).
 */
final class PrincipalSources {

    static final String PRINCIPAL_PROPERTY = "conformance.principal.";
    private static final List<String> NAMES = List.of(Principals.APP, Principals.AUDITOR, Principals.ADMIN);

    private PrincipalSources() {}

    /** The principals, or why this target has none; closing it closes them. */
    record Resolution(Optional<Principals> principals, String missing) implements AutoCloseable {
        @Override
        public void close() {
            principals.ifPresent(Principals::close);
        }
    }

    static Resolution resolve(TargetKind kind, Supplier<Target> main) {
        switch (kind) {
            case EMULATOR: {
                IdentitiesDocument document = IdentitiesDocument.fromClassPath();
                Target secured = securedEmulator(document);
                return available(new Principals(secured, true, fromDocument(document, secured)));
            }
            case URL: {
                Optional<IdentitiesDocument> document = Target.urlIdentities();
                if (document.isEmpty()) {
                    return new Resolution(
                            Optional.empty(),
                            "the url target is open; start the jar with --identities FILE and pass -D"
                                    + Target.IDENTITIES_PROPERTY
                                    + "=FILE (conformance/README.md, Permissions scenarios)");
                }
                Target target = main.get();
                return available(new Principals(target, false, fromDocument(document.get(), target)));
            }
            case AWS:
                return fromProperties(main);
            default:
                throw new IllegalStateException("unhandled target " + kind);
        }
    }

    private static Resolution available(Principals principals) {
        return new Resolution(Optional.of(principals), "");
    }

    private static Map<String, Principals.Named> fromDocument(IdentitiesDocument document, Target target) {
        String account = target.accountId().orElseThrow();
        Map<String, Principals.Named> named = new LinkedHashMap<>();
        for (String name : NAMES) {
            IdentitiesDocument.User user = document.users().get(name);
            if (user == null) {
                throw new IllegalArgumentException("the identities document has no user '" + name
                        + "'; start from src/test/resources" + IdentitiesDocument.RESOURCE);
            }
            named.put(
                    name,
                    new Principals.Named(
                            "arn:aws:iam::" + account + ":user" + user.path() + name,
                            StaticCredentialsProvider.create(user.key())));
        }
        document.sessions().values().stream()
                .filter(session -> session.role().equals(Principals.WRITER))
                .forEach(session -> named.put(
                        Principals.WRITER,
                        new Principals.Named(
                                "arn:aws:sts::" + account + ":assumed-role/" + session.role() + "/"
                                        + session.sessionName(),
                                StaticCredentialsProvider.create(session.key()))));
        return named;
    }

    private static Resolution fromProperties(Supplier<Target> main) {
        Map<String, Principals.Named> named = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : NAMES) {
            String profile = property(name, "profile");
            String arn = property(name, "arn");
            if (profile == null || arn == null) {
                missing.add("-D" + PRINCIPAL_PROPERTY + name + ".profile and .arn");
                continue;
            }
            AwsCredentialsProvider credentials = ProfileCredentialsProvider.create(profile);
            named.put(name, new Principals.Named(arn, credentials));
        }
        String writerProfile = property(Principals.WRITER, "profile");
        String writerArn = property(Principals.WRITER, "arn");
        if (writerProfile != null && writerArn != null) {
            named.put(
                    Principals.WRITER,
                    new Principals.Named(writerArn, ProfileCredentialsProvider.create(writerProfile)));
        }
        if (!missing.isEmpty()) {
            return new Resolution(
                    Optional.empty(),
                    "the aws target needs restricted principals: " + String.join(", ", missing)
                            + " (conformance/README.md, Permissions scenarios)");
        }
        return available(new Principals(main.get(), false, named));
    }

    private static String property(String name, String part) {
        String value = System.getProperty(PRINCIPAL_PROPERTY + name + "." + part);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * A second in-process emulator in secured mode ([P1]), started with {@code identities}, whose
     * own client signs as its root. The permission scenarios run there on the emulator target, so
     * the open emulator every other scenario uses stays exactly as it was.
     */
    private static Target securedEmulator(IdentitiesDocument identities) {
        Region region = Region.of(System.getProperty(Target.REGION_PROPERTY, Target.DEFAULT_REGION));
        String prefix = BucketNames.validPrefix(
                System.getProperty(Target.BUCKET_PREFIX_PROPERTY, Target.DEFAULT_BUCKET_PREFIX));
        AwsCredentialsProvider root = StaticCredentialsProvider.create(identities
                .root()
                .orElseThrow(() -> new IllegalArgumentException("the identities document has no root key")));
        ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                .host("127.0.0.1")
                .port(0)
                .region(region.id())
                .identities(identities.text())
                .build()
                .start();
        try {
            return new Target(
                    TargetKind.EMULATOR,
                    region,
                    prefix,
                    emulator.accountId(),
                    emulator,
                    () -> TargetClients.endpoint(emulator.endpoint(), region, root),
                    emulator.endpoint(),
                    root);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }
}
