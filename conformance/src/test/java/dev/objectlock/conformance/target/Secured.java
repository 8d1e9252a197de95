package dev.objectlock.conformance.target;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario class about signatures and permissions ([P]): it runs on the secured side of the
 * target, where requests are verified and authorised. Its {@code S3Client}, {@code BucketFixture},
 * {@code Target} and {@code EmulatorClock} parameters are those of that side, and it may ask for
 * {@link Principals}. On the emulator target that side is a second, secured in-process emulator;
 * on url and aws it is the target itself, given the identities or principals the README names.
 * Without them the class is skipped with the reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SecuredCondition.class)
public @interface Secured {}
