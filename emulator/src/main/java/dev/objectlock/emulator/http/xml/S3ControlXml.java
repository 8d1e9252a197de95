package dev.objectlock.emulator.http.xml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that S3 Control documents share (a job's Manifest, Report, Operation, ...), so
 * its elements are written in the S3 Control namespace whichever document holds them. Records
 * nested in a root record take the root's namespace without it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface S3ControlXml {}
