package dev.objectlock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an injected client sign for another region than the emulator's, as a client configured for
 * that region would on AWS. One emulator holds buckets of every region, and a client creates its
 * buckets in its own region:
 * <pre>{@code
 * @Test
 * void drCopy(S3Client east, @ClientRegion("eu-west-1") S3Client west) {
 *     west.createBucket(b -> b.bucket("ledger-dr")); // a bucket in eu-west-1
 * }
 * }</pre>
 *
 * <p>It applies to {@code S3Client}, {@code S3AsyncClient} and {@code S3ControlClient}, and combines
 * with {@link Identity @Identity}. A request to a bucket of another region than the client's is
 * refused as AWS refuses it (docs/aws-behaviour.md, R103).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClientRegion {

    /**
     * The region the client signs for.
     *
     * @return a region name, such as {@code eu-west-1}
     */
    String value();
}
