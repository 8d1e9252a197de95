package dev.objectlock.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs a Docker engine. Where Testcontainers finds none it is skipped, with
 * Testcontainers' reason in the report; with {@code -Dobjectlock.requireDocker=true} it fails
 * instead, so a green build on a machine meant to have Docker proves the Docker tests ran.
 * (Testcontainers' own {@code @Testcontainers(disabledWithoutDocker = true)} can only skip, and
 * without saying why.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerAvailable.class)
@interface RequiresDocker {}
