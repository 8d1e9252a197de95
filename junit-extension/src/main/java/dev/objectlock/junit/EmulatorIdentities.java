package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the emulator in secured mode with the identities document in a classpath resource (the JSON
 * shape of {@code ObjectLockEmulator.builder().identities(..)}): every request must then be signed
 * by a known key and is authorised as AWS authorises it.
 *
 * <pre>{@code
 * @ObjectLockEmulatorTest
 * @EmulatorIdentities("identities.json")          // src/test/resources/identities.json
 * class PermissionsTest {
 *     @Test
 *     void appCannotBypass(S3Client root, @Identity("app") S3Client app) { ... }
 * }
 * }</pre>
 *
 * <p>On a class, the emulator starts with these identities, and a reset between tests keeps them.
 * On a test method, they replace the class's for that test only, through {@code PUT
 * /_emulator/identities} before it, and the class's (or open mode) are put back after it. The
 * closest declaration wins: the method's, the innermost class's, then the builder's. A resource
 * that does not exist, or a document the emulator would refuse, fails the class or test before it
 * runs, naming each fault by its JSON path.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmulatorIdentities {

    /**
     * The resource's path from the root of the test classpath, such as {@code "identities.json"}.
     *
     * @return a classpath resource path
     */
    String value();
}
