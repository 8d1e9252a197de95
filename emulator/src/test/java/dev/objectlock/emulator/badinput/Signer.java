package dev.objectlock.emulator.badinput;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs a raw request with the AWS SDK's own SigV4 signer (as the S3 client configures it), so that
 * in secured mode a malformed request gets past authentication to the parser it aims at, and so
 * that the authentication faults start from a correct signature.
 */
final class Signer {

    private final int port;
    private final AwsCredentialsIdentity identity;

    Signer(int port, String accessKeyId, String secret) {
        this.port = port;
        this.identity = AwsCredentialsIdentity.create(accessKeyId, secret);
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    /** Adds Host, X-Amz-Date, x-amz-content-sha256 and Authorization; false if the SDK cannot express the request. */
    boolean sign(RawRequest.Builder b) {
        SdkHttpFullRequest request = sdkRequest(b);
        if (request == null) {
            return false;
        }
        try {
            SignedRequest signed = signer(request, b.body(), false, null);
            b.header("Host", host());
            for (Map.Entry<String, java.util.List<String>> h :
                    signed.request().headers().entrySet()) {
                String name = h.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("authorization") || name.equals("x-amz-date") || name.equals("x-amz-content-sha256")) {
                    b.header(h.getKey(), h.getValue().get(0));
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The query string of a presigned URL for the request (valid for {@code expires}). */
    String presignedQuery(RawRequest.Builder b, Duration expires) {
        SdkHttpFullRequest request = sdkRequest(b);
        SignedRequest signed = signer(request, null, true, expires);
        return signed.request().getUri().getRawQuery();
    }

    private SignedRequest signer(SdkHttpFullRequest request, byte[] body, boolean presign, Duration expires) {
        return AwsV4HttpSigner.create().sign(s -> {
            s.identity(identity)
                    .request(request)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false);
            if (presign) {
                s.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, expires)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false);
            } else {
                s.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                        .payload(ContentStreamProvider.fromByteArray(body));
            }
        });
    }

    /** The request as the SDK models it, or null when its method, path or query cannot be expressed. */
    private SdkHttpFullRequest sdkRequest(RawRequest.Builder b) {
        SdkHttpMethod method;
        try {
            method = SdkHttpMethod.fromValue(b.method());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String target = b.target();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        if (!path.startsWith("/")) {
            return null;
        }
        SdkHttpFullRequest.Builder r = SdkHttpFullRequest.builder()
                .method(method)
                .protocol("http")
                .host("127.0.0.1")
                .port(port)
                .encodedPath(path);
        if (q >= 0) {
            for (String pair : target.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    r.appendRawQueryParameter(name, value);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        for (String[] h : b.headers()) {
            if (!h[0].equalsIgnoreCase("Host") && !h[0].equalsIgnoreCase("Content-Length")) {
                r.appendHeader(h[0], h[1]);
            }
        }
        return r.build();
    }
}
