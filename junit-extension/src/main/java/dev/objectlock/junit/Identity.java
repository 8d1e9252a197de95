package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an injected client act as one identity of the document declared with
 * {@link EmulatorIdentities @EmulatorIdentities} or the builder's {@code identities(..)}:
 * <pre>{@code
 * @Test
 * void appCannotBypass(@Identity("app") S3Client app, @Identity("auditor") S3Client auditor) { ... }
 * }</pre>
 *
 * <p>The name is a user's {@code name}, or a role's: a role's client signs with the first of its
 * {@code sessions}. It applies to {@code S3Client}, {@code S3AsyncClient}, {@code S3ControlClient},
 * {@code AwsCredentials} and {@link EmulatorCredentials}. Without it, those act as the root (the
 * document's {@code root} keys), or in open mode with keys the emulator does not check.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Identity {

    /**
     * The user or role name, as in the identities document.
     *
     * @return a user or role name
     */
    String value();
}
