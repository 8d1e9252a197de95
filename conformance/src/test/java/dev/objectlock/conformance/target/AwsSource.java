package dev.objectlock.conformance.target;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a scenario's expectation comes from, so a reader can check it against AWS without
 * trusting the emulator: the rules it proves (ids from {@code docs/aws-behaviour.md}: section ids
 * such as {@code "A.5.3"} or edge-case rules such as {@code "R10"}) and the source that rule
 * cites, with its confidence marker (for example
 * {@code "ls-api test_delete_object_versioned [AWS-recorded]"}). Required on every scenario;
 * {@code ScenarioCatalogTest} checks it and keeps the README rule table in step.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AwsSource {

    /** Ids of the rules this scenario proves, such as {@code "A.4"}, {@code "A.5.3"}, {@code "R6"}. */
    String[] rules();

    /** The recorded source behind the expectation, with its confidence marker. */
    String value();
}
