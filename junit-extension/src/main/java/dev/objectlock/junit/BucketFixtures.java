package dev.objectlock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The {@link EmulatorBucket} fixtures that apply to a test or class: those of every enclosing class,
 * outermost first, then the method's. Created through the emulator's S3 API over plain HTTP, so
 * they need no AWS SDK and obey the same rules as a client's requests: in secured mode they are
 * signed with the root's keys ({@link SigV4Signer}), as the root creates them.
 */
final class BucketFixtures {

    private final List<EmulatorBucket> buckets;

    private BucketFixtures(List<EmulatorBucket> buckets) {
        this.buckets = buckets;
    }

    /** The fixtures for {@code context}, checked: unique names, a retention period only with a mode. */
    static BucketFixtures of(ExtensionContext context) {
        Set<AnnotatedElement> elements = new LinkedHashSet<>();
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            c.get().getElement().ifPresent(elements::add);
        }
        List<AnnotatedElement> outermostFirst = new ArrayList<>(elements);
        java.util.Collections.reverse(outermostFirst);
        List<EmulatorBucket> buckets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (AnnotatedElement element : outermostFirst) {
            for (EmulatorBucket bucket : AnnotationSupport.findRepeatableAnnotations(element, EmulatorBucket.class)) {
                check(bucket, element);
                if (!names.add(bucket.name())) {
                    throw new ExtensionConfigurationException("@EmulatorBucket(name = \"" + bucket.name()
                            + "\") is declared more than once for " + describe(context.getElement())
                            + " (again on " + element + "); each bucket name once");
                }
                buckets.add(bucket);
            }
        }
        return new BucketFixtures(List.copyOf(buckets));
    }

    private static void check(EmulatorBucket bucket, AnnotatedElement where) {
        boolean hasPeriod = bucket.retentionDays() != 0 || bucket.retentionYears() != 0;
        String problem = null;
        if (bucket.retentionDays() < 0 || bucket.retentionYears() < 0) {
            problem = "a retention period must be positive";
        } else if (bucket.retentionMode() == EmulatorBucket.Mode.NONE && hasPeriod) {
            problem = "a retention period needs retentionMode GOVERNANCE or COMPLIANCE";
        } else if (bucket.retentionMode() != EmulatorBucket.Mode.NONE
                && (bucket.retentionDays() > 0) == (bucket.retentionYears() > 0)) {
            problem =
                    "retentionMode " + bucket.retentionMode() + " needs exactly one of retentionDays or retentionYears";
        }
        if (problem != null) {
            throw new ExtensionConfigurationException(
                    "@EmulatorBucket(name = \"" + bucket.name() + "\") on " + where + ": " + problem);
        }
    }

    private static String describe(Optional<AnnotatedElement> element) {
        return element.map(Object::toString).orElse("the test run");
    }

    boolean isEmpty() {
        return buckets.isEmpty();
    }

    /**
     * Creates every bucket in an emulator that has none of them yet.
     *
     * @param identities the emulator's identities, whose root signs the requests; null in open mode
     */
    void createIn(URI endpoint, String region, IdentityDocument identities) {
        EmulatorCredentials root = null;
        if (identities != null) {
            root = identities
                    .root()
                    .orElseThrow(() -> new ExtensionConfigurationException("@EmulatorBucket(name = \""
                            + buckets.get(0).name() + "\"): the buckets are created as the account root, but "
                            + identities.source() + " gives the root no keys (no \"root\" member); add \"root\": "
                            + "{\"accessKeyId\": ..., \"secretAccessKey\": ...}, or create the buckets in the test"));
        }
        Signing signing = new Signing(region, root);
        for (EmulatorBucket bucket : buckets) {
            boolean lock = bucket.objectLock() || bucket.retentionMode() != EmulatorBucket.Mode.NONE;
            String location = "us-east-1".equals(region)
                    ? ""
                    : "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            + "<LocationConstraint>" + region + "</LocationConstraint></CreateBucketConfiguration>";
            send(bucket, endpoint, "", location, lock, signing);
            if (bucket.versioning() && !lock) {
                send(
                        bucket,
                        endpoint,
                        "?versioning",
                        "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                + "<Status>Enabled</Status></VersioningConfiguration>",
                        false,
                        signing);
            }
            if (bucket.retentionMode() != EmulatorBucket.Mode.NONE) {
                String period = bucket.retentionDays() > 0
                        ? "<Days>" + bucket.retentionDays() + "</Days>"
                        : "<Years>" + bucket.retentionYears() + "</Years>";
                send(
                        bucket,
                        endpoint,
                        "?object-lock",
                        "<ObjectLockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                + "<ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>"
                                + bucket.retentionMode() + "</Mode>" + period + "</DefaultRetention></Rule>"
                                + "</ObjectLockConfiguration>",
                        false,
                        signing);
            }
        }
    }

    /** @param root the keys that sign each request; null in open mode, where nothing is signed */
    private record Signing(String region, EmulatorCredentials root) {}

    private static void send(
            EmulatorBucket bucket, URI endpoint, String subresource, String body, boolean lock, Signing signing) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI url = endpoint.resolve("/" + bucket.name() + subresource);
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-MD5", Base64.getEncoder().encodeToString(md5(bytes)));
        if (lock) {
            headers.put("x-amz-bucket-object-lock-enabled", "true");
        }
        if (signing.root() != null) {
            headers.putAll(
                    SigV4Signer.sign("PUT", url, headers, bytes, signing.root(), signing.region(), Instant.now()));
        }
        try {
            HttpURLConnection http = (HttpURLConnection) url.toURL().openConnection();
            try {
                http.setRequestMethod("PUT");
                http.setDoOutput(true);
                http.setFixedLengthStreamingMode(bytes.length);
                headers.forEach(http::setRequestProperty);
                try (OutputStream out = http.getOutputStream()) {
                    out.write(bytes);
                }
                int status = http.getResponseCode();
                if (status / 100 != 2) {
                    String error;
                    try (InputStream in = http.getErrorStream()) {
                        error = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    throw new ExtensionConfigurationException("@EmulatorBucket(name = \"" + bucket.name()
                            + "\"): the emulator refused PUT /" + bucket.name() + subresource + " with " + status
                            + ": " + error);
                }
            } finally {
                http.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "@EmulatorBucket(name = \"" + bucket.name() + "\"): cannot reach the emulator", e);
        }
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
