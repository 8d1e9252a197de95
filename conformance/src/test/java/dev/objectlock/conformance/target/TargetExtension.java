package dev.objectlock.conformance.target;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * Injects {@link S3Client}, {@link S3ControlClient}, {@link BucketFixture}, {@link BatchJobs},
 * {@link Target}, {@link Principals} and {@link EmulatorClock} parameters, those of the secured side
 * for a {@link Secured} class (the clock only off aws, so a scenario asking for it must be {@link EmulatorOnly}). The target is
 * resolved once per test run and kept in the root store, so it is closed (and an in-process
 * emulator stopped) when the run ends. A fixture (buckets or jobs) lives in the store of the scope that asked for
 * it: declared on a {@code @BeforeEach} or test method it is cleaned up after each test, pass or
 * fail.
 */
public final class TargetExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TargetExtension.class);

    /** The run's target, created on first use. */
    static Target target(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Target.class, key -> Target.fromSystemProperties(), Target.class);
    }

    /** The principals of the secured side (or why there are none), resolved once per run. */
    static PrincipalSources.Resolution secured(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        PrincipalSources.Resolution.class,
                        key -> PrincipalSources.resolve(TargetKind.fromSystemProperties(), () -> target(context)),
                        PrincipalSources.Resolution.class);
    }

    /** The target a scenario works on: the secured side for a {@link Secured} class, else the run's target. */
    private static Target scenarioTarget(ExtensionContext context) {
        boolean secured = context.getTestClass()
                .map(type -> AnnotationSupport.isAnnotated(type, Secured.class))
                .orElse(false);
        if (!secured) {
            return target(context);
        }
        return secured(context)
                .principals()
                .orElseThrow(() -> new ParameterResolutionException(
                        "no secured target: " + secured(context).missing()))
                .target();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == S3Client.class
                || type == BucketFixture.class
                || type == Target.class
                || type == EmulatorClock.class
                || type == S3ControlClient.class
                || type == BatchJobs.class
                || type == Principals.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Principals.class) {
            return secured(context)
                    .principals()
                    .orElseThrow(() -> new ParameterResolutionException(
                            "no principals: " + secured(context).missing() + "; mark the class @Secured"));
        }
        Target target = scenarioTarget(context);
        if (type == S3Client.class) {
            return target.s3();
        }
        if (type == Target.class) {
            return target;
        }
        if (type == S3ControlClient.class) {
            return target.control();
        }
        if (type == BatchJobs.class) {
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(BatchJobs.class, key -> new BatchJobs(target), BatchJobs.class);
        }
        if (type == EmulatorClock.class) {
            return target.clock()
                    .orElseThrow(() -> new ParameterResolutionException("the aws target has no clock to move: mark "
                            + context.getDisplayName() + " @EmulatorOnly"));
        }
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(BucketFixture.class, key -> new BucketFixture(target), BucketFixture.class);
    }
}
