package dev.objectlock.junit;

import dev.objectlock.emulator.EmulatorConfig;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.time.MutableClock;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;

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
 * {@link ObjectLockEmulator}; its clock as {@link MutableClock} or {@link Clock}; {@link BatchJobs};
 * and, with the AWS SDK for Java v2 on the classpath, {@code S3Client}, {@code S3AsyncClient} and
 * {@code S3ControlClient}, ready for the emulator and closed by the extension.
 *
 * <p>Which emulator a test gets is decided by its {@link EmulatorLifecycle} and by JUnit's
 * execution mode: a test that may run concurrently with others of its class always gets an
 * emulator of its own, because a shared one could not be emptied for it without emptying it under
 * the others. All state lives in JUnit's {@link ExtensionContext.Store}, none in this object, so one
 * instance serves parallel and nested classes alike.
 */
public final class ObjectLockEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ObjectLockEmulatorExtension.class);

    private static final Set<String> JDK_AND_EMULATOR_TYPES = Set.of(
            URI.class.getName(),
            ObjectLockEmulator.class.getName(),
            MutableClock.class.getName(),
            Clock.class.getName(),
            BatchJobs.class.getName());

    private static final String CONSTRUCTOR_SCOPE_HINT = "; on JUnit 5.12 or later, the configuration parameter "
            + "junit.jupiter.extensions.testinstantiation.extensioncontextscope.default=test_method lets JUnit "
            + "resolve constructor parameters for each test instead";

    /** The settings from the builder; null when registered by annotation (the settings are read there). */
    private final EmulatorSettings programmatic;

    /** For {@code @ExtendWith} and {@link ObjectLockEmulatorTest}; in code use {@link #builder()}. */
    public ObjectLockEmulatorExtension() {
        this(null);
    }

    private ObjectLockEmulatorExtension(EmulatorSettings programmatic) {
        this.programmatic = programmatic;
    }

    /** Settings in code, for a {@code @RegisterExtension} field. */
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
        ExtensionContext owner = owner(context, settings.lifecycle());
        if (owner == context) {
            checkNoConstructorTookTheClassEmulator(context);
        }
        EmulatorScope scope = scope(owner, settings);
        if (owner != context) {
            // shared with the tests before this one: empty it, then this test's fixtures and clock
            scope.prepare(fixtures, true);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        String type = parameterContext.getParameter().getType().getName();
        return JDK_AND_EMULATOR_TYPES.contains(type) || SdkClients.TYPES.contains(type);
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
        ExtensionContext owner = owner(context, settings.lifecycle());
        if (inConstructor && inClassContext) {
            context.getStore(NAMESPACE).put(new ConstructorInjection(context.getUniqueId()), Boolean.TRUE);
        }
        EmulatorScope scope = scope(owner, settings);
        ObjectLockEmulator emulator = scope.emulator();
        String name = type.getName();
        if (SdkClients.TYPES.contains(name)) {
            return scope.client(name, e -> SdkClients.create(name, e), type);
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
        return emulator;
    }

    /** The settings for {@code context}: the builder's, or the closest {@link ObjectLockEmulatorTest}'s. */
    private EmulatorSettings settings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            Optional<AnnotatedElement> element = c.get().getElement();
            if (element.isPresent() && element.get() instanceof Class<?> testClass) {
                Optional<ObjectLockEmulatorTest> annotation =
                        AnnotationSupport.findAnnotation(testClass, ObjectLockEmulatorTest.class);
                if (annotation.isPresent()) {
                    return EmulatorSettings.of(annotation.get(), testClass);
                }
            }
        }
        return EmulatorSettings.DEFAULTS;
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
     * The context whose emulator {@code context} uses: the test itself when each test has its own
     * (PER_METHOD, or a test that may run concurrently), else the outermost enclosing class that runs
     * its children one after another, so a class and its same-thread nested classes share one.
     */
    private static ExtensionContext owner(ExtensionContext context, EmulatorLifecycle lifecycle) {
        if (context.getTestMethod().isPresent()
                && (lifecycle == EmulatorLifecycle.PER_METHOD
                        || context.getExecutionMode() == ExecutionMode.CONCURRENT)) {
            return context;
        }
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        while (c.getExecutionMode() == ExecutionMode.SAME_THREAD
                && c.getParent().isPresent()
                && c.getParent().get().getTestClass().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static EmulatorScope scope(ExtensionContext owner, EmulatorSettings settings) {
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new ScopeKey(owner.getUniqueId(), settings), key -> open(owner, settings), EmulatorScope.class);
    }

    private static EmulatorScope open(ExtensionContext owner, EmulatorSettings settings) {
        EmulatorScope scope;
        if (settings.lifecycle() == EmulatorLifecycle.PER_JVM) {
            EmulatorPool pool = owner.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(EmulatorPool.class, key -> new EmulatorPool(), EmulatorPool.class);
            scope = EmulatorScope.borrowing(pool, settings);
        } else {
            scope = EmulatorScope.owning(settings);
        }
        try {
            scope.prepare(BucketFixtures.of(owner), false);
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
        return scope;
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

    private record ScopeKey(String owner, EmulatorSettings settings) {}

    private record Registration(String context) {}

    private record ConstructorInjection(String classContext) {}

    /** Settings in code; every one is optional. */
    public static final class Builder {
        private EmulatorLifecycle lifecycle = EmulatorLifecycle.PER_CLASS;
        private String region = EmulatorConfig.DEFAULT_REGION;
        private String accountId = EmulatorConfig.DEFAULT_ACCOUNT_ID;
        private Instant startTime;

        private Builder() {}

        /** How long one emulator lives; {@link EmulatorLifecycle#PER_CLASS} unless set. */
        public Builder lifecycle(EmulatorLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /** The region buckets live in and the injected clients use; us-east-1 unless set. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The 12-digit account id; 123456789012 unless set. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Where the clock stands when each test starts (it ticks on from there); system time unless set. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** The extension; ExtensionConfigurationException if a setting is invalid. */
        public ObjectLockEmulatorExtension build() {
            return new ObjectLockEmulatorExtension(new EmulatorSettings(lifecycle, region, accountId, startTime));
        }
    }
}
