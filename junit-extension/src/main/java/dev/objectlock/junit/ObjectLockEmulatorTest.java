package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated class's tests against an in-process emulator, each test starting with it
 * empty. Test methods, lifecycle methods and constructors may take the emulator's endpoint
 * ({@link java.net.URI}), AWS SDK v2 clients ({@code S3Client}, {@code S3AsyncClient},
 * {@code S3ControlClient}), the {@link dev.objectlock.emulator.ObjectLockEmulator} itself, its clock
 * ({@link dev.objectlock.emulator.time.MutableClock} or {@link java.time.Clock}) and {@link BatchJobs}.
 * With {@link EmulatorIdentities @EmulatorIdentities} the emulator runs in secured mode, and
 * {@link Identity @Identity("app")} makes a client act as that identity.
 *
 * <pre>{@code
 * @ObjectLockEmulatorTest
 * class RecordsTest {
 *     @Test
 *     void keepsEveryVersion(S3Client s3) { ... }
 * }
 * }</pre>
 *
 * <p>The same as {@code @ExtendWith(ObjectLockEmulatorExtension.class)} with these settings; for
 * settings in code use {@link ObjectLockEmulatorExtension#builder()} with {@code @RegisterExtension}
 * instead (not both). A {@code @Nested} class uses the closest enclosing annotation.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ObjectLockEmulatorExtension.class)
public @interface ObjectLockEmulatorTest {

    /**
     * How long one emulator lives; see {@link EmulatorLifecycle}.
     *
     * @return per class (the default), per test or per JVM
     */
    EmulatorLifecycle lifecycle() default EmulatorLifecycle.PER_CLASS;

    /**
     * The region of the injected clients and the declared buckets.
     *
     * @return a region name
     */
    String region() default "us-east-1";

    /**
     * The 12-digit account id (S3 Control requests name it).
     *
     * @return 12 digits
     */
    String accountId() default "123456789012";

    /**
     * Where the emulator's clock stands when each test starts, as an ISO-8601 instant such as
     * {@code "2030-01-01T00:00:00Z"}; it ticks on from there. Empty (the default) = system time.
     *
     * @return an ISO-8601 instant, or empty
     */
    String startTime() default "";

    /**
     * A token the emulator's admin API ({@code /_emulator/}) then demands as {@code Authorization:
     * Bearer <token>}; the extension's own admin calls send it. Empty (the default) = none.
     *
     * @return the bearer token, or empty
     */
    String adminToken() default "";
}
