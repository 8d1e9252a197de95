package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bucket that exists when each test starts. On a test class it is there for every test of the
 * class and of its {@code @Nested} classes (and in {@code @BeforeAll} with a shared emulator); on a
 * test method, for that test only. Created through the emulator's S3 API as a client would, so an
 * invalid name fails the test with the emulator's error.
 *
 * <pre>{@code
 * @EmulatorBucket(name = "ledger", retentionMode = EmulatorBucket.Mode.COMPLIANCE, retentionDays = 30)
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(EmulatorBuckets.class)
public @interface EmulatorBucket {

    /**
     * The bucket name.
     *
     * @return a valid S3 bucket name
     */
    String name();

    /**
     * Turns versioning on (implied by {@link #objectLock()}).
     *
     * @return true for a versioned bucket
     */
    boolean versioning() default false;

    /**
     * Creates the bucket with Object Lock enabled (implied by a {@link #retentionMode()}).
     *
     * @return true for a bucket with Object Lock
     */
    boolean objectLock() default false;

    /**
     * The default retention mode of new versions; NONE = no default retention rule.
     *
     * @return the mode of the default retention rule
     */
    Mode retentionMode() default Mode.NONE;

    /**
     * The default retention period in days; give this or {@link #retentionYears()} with a mode.
     *
     * @return days, or 0
     */
    int retentionDays() default 0;

    /**
     * The default retention period in years; give this or {@link #retentionDays()} with a mode.
     *
     * @return years, or 0
     */
    int retentionYears() default 0;

    /** Object Lock retention modes for a bucket's default retention rule. */
    enum Mode {
        /** No default retention rule. */
        NONE,
        /** Versions may be removed early by a caller allowed to bypass governance retention. */
        GOVERNANCE,
        /** No one may remove a version before its retain-until date. */
        COMPLIANCE
    }
}
