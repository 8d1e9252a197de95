package dev.objectlock.conformance.target;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario that cannot run against real AWS (for instance, one that leaves COMPLIANCE-locked
 * objects nobody could delete, or needs to move the clock). It still runs against the emulator
 * and a URL target; on {@code -Dconformance.target=aws} it is reported as skipped with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EmulatorOnlyCondition.class)
public @interface EmulatorOnly {

    /** Why AWS cannot run it; shown in the skip message. */
    String reason();
}
