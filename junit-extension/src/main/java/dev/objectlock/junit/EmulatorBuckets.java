package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds repeated {@link EmulatorBucket} annotations; write those instead. */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmulatorBuckets {

    /**
     * The repeated {@link EmulatorBucket} annotations.
     *
     * @return the buckets, in the order they are created
     */
    EmulatorBucket[] value();
}
