package dev.objectlock.junit;

import dev.objectlock.emulator.EmulatorConfig;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.time.MutableClock;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test a running, empty ObjectLock emulator and injects what a test needs to use it.
 *
 * <p>Register it with {@link ObjectLockEmulatorTest @ObjectLockEmulatorTest} (or
 * {@code @ExtendWith(ObjectLockEmulatorExtension.class)} for the defaults), or with settings in code:
 * <pre>{@code
 * @RegisterExtension
 * static ObjectLockEmulatorExtension emulator = ObjectLockEmulatorExtension.builder()
 *         .region("eu-west-1").startTime(Instant.parse("2030-01-01T00:00:00Z")).build();
 * }</pre>
 *
 * <p>Constructors, lifecycle methods and test methods may take: the endpoint {@link URI}; the
 * {@link ObjectLockEmulator}; its clock as {@link MutableClock} or {@link Clock}; {@link BatchJobs}; {@link Replication};
 * and, with the AWS SDK for Java v2 on the classpath, {@code S3Client}, {@code S3AsyncClient} and
 * {@code S3ControlClient}, ready for the emulator and closed by the extension.
 *
 * <p>With identities declared ({@link EmulatorIdentities @EmulatorIdentities} or the builder's
 * {@code identities(..)}) the emulator runs in secured mode: clients and credentials act as the root,
 * or as {@link Identity @Identity("name")}.
 *
 * <p>Which emulator a test gets is decided by its {@link EmulatorLifecycle} and by JUnit's
 * execution mode: a test that may run concurrently with others of its class always gets an
 * emulator of its own, because a shared one could not be emptied for it without emptying it under
 * the others. All state lives in JUnit's {@link ExtensionContext.Store}, none in this object, so one
 * instance serves parallel and nested classes alike.
 */
public final class ObjectLockEmulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Namespace NAMESPACE = Namespace.create(ObjectLockEmulatorExtension.class);

    private static final Set<String> JDK_AND_EMULATOR_TYPES = Set.of(
            URI.class.getName(),
            ObjectLockEmulator.class.getName(),
            MutableClock.class.getName(),
            Clock.class.getName(),
            BatchJobs.class.getName(),
            Replication.class.getName());

    private static final String CONSTRUCTOR_SCOPE_HINT = "; on JUnit 5.12 or later, the configuration parameter "
            + "junit.jupiter.extensions.testinstantiation.extensioncontextscope.default=test_method lets JUnit "
            + "resolve constructor parameters for each test instead";

    private final SettingsSource source;

    /** For {@code @ExtendWith} and {@link ObjectLockEmulatorTest}; in code use {@link #builder()}. */
    public ObjectLockEmulatorExtension() {
        this(SettingsSource.ANNOTATIONS);
    }

    private ObjectLockEmulatorExtension(SettingsSource source) {
        this.source = source;
    }

    /**
     * Settings in code, for a {@code @RegisterExtension} field.
     *
     * @return a builder with the defaults of {@link ObjectLockEmulatorTest}
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Fail the class before any test runs, and before anything starts, if it is misconfigured.
        settings(context);
        claimRegistration(context);
        BucketFixtures.of(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EmulatorSettings settings = settings(context);
        claimRegistration(context);
        BucketFixtures fixtures = BucketFixtures.of(context);
        ExtensionContext owner = EmulatorScope.owner(context, settings.lifecycle());
        if (owner == context) {
            checkNoConstructorTookTheClassEmulator(context);
        }
        IdentityDocument classIdentities =
                source.classIdentities(context, settings).orElse(null);
        EmulatorScope scope = EmulatorScope.of(owner, settings, classIdentities);
        if (owner != context) {
            // shared with the tests before this one: empty it, then this test's fixtures and clock
            scope.prepare(fixtures, true, classIdentities);
        }
        Optional<IdentityDocument> own = DeclaredIdentities.ofMethod(context, settings.accountId());
        if (own.isPresent()) {
            // the test's own identities, through the admin API; put back after it if others share the emulator
            EmulatorAdminCalls.useIdentities(
                    scope.emulator().endpoint(),
                    settings.adminToken(),
                    own.get().json());
            if (owner != context) {
                context.getStore(NAMESPACE).put(new RestoreIdentities(context.getUniqueId()), scope);
            }
        }
    }

    /** A test that declared identities of its own gives the shared emulator back with its class's. */
    @Override
    public void afterEach(ExtensionContext context) {
        EmulatorScope scope =
                context.getStore(NAMESPACE).remove(new RestoreIdentities(context.getUniqueId()), EmulatorScope.class);
        if (scope != null) {
            EmulatorSettings settings = settings(context);
            EmulatorAdminCalls.restore(scope.emulator().endpoint(), settings.adminToken(), settings.identities());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        String type = parameterContext.getParameter().getType().getName();
        // an @Identity parameter of another type is ours too, to be refused with a message
        return JDK_AND_EMULATOR_TYPES.contains(type)
                || IdentityParameters.TYPES.contains(type)
                || parameterContext.isAnnotated(Identity.class)
                || parameterContext.isAnnotated(ClientRegion.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> type = parameterContext.getParameter().getType();
        EmulatorSettings settings = settings(context);
        boolean inConstructor = parameterContext.getDeclaringExecutable() instanceof Constructor;
        boolean inClassContext = context.getTestMethod().isEmpty();
        if (inClassContext && settings.lifecycle() == EmulatorLifecycle.PER_METHOD) {
            throw new ParameterResolutionException("Cannot inject " + type.getSimpleName() + " into "
                    + parameterContext.getDeclaringExecutable() + ": with EmulatorLifecycle.PER_METHOD each test "
                    + "gets its emulator when it starts, and JUnit resolves this parameter before that, for the "
                    + "whole class. Take it as a parameter of the test or a @BeforeEach method, or use PER_CLASS "
                    + "(the default) or PER_JVM" + (inConstructor ? CONSTRUCTOR_SCOPE_HINT : "") + ".");
        }
        ExtensionContext owner = EmulatorScope.owner(context, settings.lifecycle());
        if (inConstructor && inClassContext) {
            context.getStore(NAMESPACE).put(new ConstructorInjection(context.getUniqueId()), Boolean.TRUE);
        }
        EmulatorScope scope = EmulatorScope.of(
                owner, settings, source.classIdentities(context, settings).orElse(null));
        ObjectLockEmulator emulator = scope.emulator();
        String name = type.getName();
        Optional<Identity> named = parameterContext.findAnnotation(Identity.class);
        Optional<ClientRegion> region = parameterContext.findAnnotation(ClientRegion.class);
        if (named.isPresent() || region.isPresent() || IdentityParameters.TYPES.contains(name)) {
            return IdentityParameters.resolve(
                    type, named, region, source.inForce(context, settings), scope, context.getDisplayName());
        }
        if (name.equals(URI.class.getName())) {
            return emulator.endpoint();
        }
        if (name.equals(MutableClock.class.getName()) || name.equals(Clock.class.getName())) {
            return emulator.clock();
        }
        if (name.equals(BatchJobs.class.getName())) {
            return new BatchJobs(emulator);
        }
        if (name.equals(Replication.class.getName())) {
            return new Replication(emulator);
        }
        return emulator;
    }

    private EmulatorSettings settings(ExtensionContext context) {
        return source.settings(context);
    }

    /**
     * Two registrations for one test (the annotation and a {@code @RegisterExtension} field, or two
     * fields) would start two emulators and make every injection ambiguous: refuse it up front.
     */
    private void claimRegistration(ExtensionContext context) {
        Object first =
                context.getStore(NAMESPACE).getOrComputeIfAbsent(new Registration(context.getUniqueId()), key -> this);
        if (first != this) {
            throw new ExtensionConfigurationException("ObjectLockEmulatorExtension is registered more than once for "
                    + context.getDisplayName() + " (" + context.getUniqueId() + "): use either @ObjectLockEmulatorTest "
                    + "/ @ExtendWith or one @RegisterExtension field, and let @Nested classes share it");
        }
    }

    /**
     * A test that gets an emulator of its own (it may run concurrently) while its class's
     * constructor already took the class's emulator would use two emulators without knowing it.
     */
    private static void checkNoConstructorTookTheClassEmulator(ExtensionContext test) {
        ExtensionContext c = test;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        if (test.getStore(NAMESPACE).get(new ConstructorInjection(c.getUniqueId())) != null) {
            throw new ExtensionConfigurationException(test.getDisplayName() + " may run concurrently with other "
                    + "tests, so it gets an emulator of its own, but the constructor of " + c.getDisplayName()
                    + " already took the class's emulator (JUnit resolves constructor parameters for the class). "
                    + "Take the emulator or client as a parameter of the test or a @BeforeEach method instead"
                    + CONSTRUCTOR_SCOPE_HINT + ".");
        }
    }

    private record Registration(String context) {}

    private record ConstructorInjection(String classContext) {}

    private record RestoreIdentities(String test) {}

    /** Settings in code; every one is optional. */
    public static final class Builder {
        private EmulatorLifecycle lifecycle = EmulatorLifecycle.PER_CLASS;
        private String region = EmulatorConfig.DEFAULT_REGION;
        private String accountId = EmulatorConfig.DEFAULT_ACCOUNT_ID;
        private Instant startTime;
        private String identities;
        private String identitiesSource;
        private String adminToken;

        private Builder() {}

        /**
         * How long one emulator lives; {@link EmulatorLifecycle#PER_CLASS} unless set.
         *
         * @param lifecycle per class, per test or per JVM
         * @return this builder
         */
        public Builder lifecycle(EmulatorLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * The region of the injected clients and the declared buckets; us-east-1 unless set.
         *
         * @param region a region name
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * The 12-digit account id; 123456789012 unless set.
         *
         * @param accountId 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Where the clock stands when each test starts (it ticks on from there); system time unless set.
         *
         * @param startTime the time the clock reads as each test starts
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Secured mode with the identities document {@code json} (the shape of
         * {@code ObjectLockEmulator.builder().identities(..)}), for every test; a class or test
         * method's {@link EmulatorIdentities} replaces it there.
         *
         * @param json the identities document
         * @return this builder
         */
        public Builder identities(String json) {
            this.identities = json;
            this.identitiesSource = "ObjectLockEmulatorExtension.builder().identities(..)";
            return this;
        }

        /**
         * As {@link #identities(String)}, from a resource on the classpath, such as {@code "identities.json"}.
         *
         * @param resource a classpath resource path
         * @return this builder
         */
        public Builder identitiesResource(String resource) {
            String source = "ObjectLockEmulatorExtension.builder().identitiesResource(\"" + resource + "\")";
            this.identities = DeclaredIdentities.read(Thread.currentThread().getContextClassLoader(), resource, source);
            this.identitiesSource = source;
            return this;
        }

        /**
         * A token the emulator's admin API then demands; the extension's admin calls send it.
         *
         * @param adminToken the bearer token
         * @return this builder
         */
        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        /**
         * The extension; ExtensionConfigurationException if a setting is invalid, or the identities
         * are, naming each fault by its JSON path.
         *
         * @return the extension, for a {@code @RegisterExtension} field
         */
        public ObjectLockEmulatorExtension build() {
            EmulatorSettings settings =
                    new EmulatorSettings(lifecycle, region, accountId, startTime, identities, adminToken);
            IdentityDocument document =
                    identities == null ? null : IdentityDocument.parse(identities, accountId, identitiesSource);
            return new ObjectLockEmulatorExtension(new SettingsSource(settings, document));
        }
    }
}
