package dev.objectlock.emulator.http.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.checksums.spi.ChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Requests signed by the AWS SDK v2's own SigV4 signer, configured as its S3 client configures
 * it (signing name s3, no double encoding, no path normalisation), turned into the
 * {@link AuthRequest} a server would see.
 */
final class SdkSigning {

    static final String KEY = "AKIAEMULATORTEST0001";
    static final String SECRET = "emulator/test+secret=";
    static final String SESSION_KEY = "ASIAEMULATORSESSION1";
    static final String SESSION_SECRET = "session-secret";
    static final String SESSION_TOKEN = "FwoGZXIvYXdzEN//////////token+with/slashes==";
    static final String REGION = "eu-central-1";
    /** When every test request is signed; the verifier's real clock stands a few seconds later. */
    static final Instant SIGNED_AT = Instant.parse("2025-06-01T12:00:00Z");

    static final Instant SESSION_EXPIRES = SIGNED_AT.plus(Duration.ofHours(1));
    /** A role session whose token expired one second before the test requests are signed. */
    static final String EXPIRED_SESSION_KEY = "ASIAEMULATOREXPIRED1";

    static final AwsCredentialsIdentity USER = AwsCredentialsIdentity.create(KEY, SECRET);
    static final AwsCredentialsIdentity SESSION =
            AwsSessionCredentialsIdentity.create(SESSION_KEY, SESSION_SECRET, SESSION_TOKEN);
    static final AwsCredentialsIdentity EXPIRED_SESSION =
            AwsSessionCredentialsIdentity.create(EXPIRED_SESSION_KEY, SESSION_SECRET, SESSION_TOKEN);

    private SdkSigning() {}

    /** The user "app" (long-term key) and the role session "batch" (temporary key). */
    static CredentialStore<String> store() {
        Map<String, SigningCredential<String>> keys = new HashMap<>();
        keys.put(KEY, SigningCredential.longTerm(SECRET, "app"));
        keys.put(SESSION_KEY, SigningCredential.session(SESSION_SECRET, SESSION_TOKEN, SESSION_EXPIRES, "batch"));
        keys.put(
                EXPIRED_SESSION_KEY,
                SigningCredential.session(SESSION_SECRET, SESSION_TOKEN, SIGNED_AT.minusSeconds(1), "expired"));
        return id -> Optional.ofNullable(keys.get(id));
    }

    static SignatureVerifier<String> verifierAt(Instant realNow) {
        return new SignatureVerifier<>(store(), Clock.fixed(realNow, ZoneOffset.UTC));
    }

    /** A verifier whose real clock reads five seconds after {@link #SIGNED_AT}. */
    static SignatureVerifier<String> verifier() {
        return verifierAt(SIGNED_AT.plusSeconds(5));
    }

    /** @param hostAndPort "localhost:9000", "bucket.localhost:9000", "s3.amazonaws.com" */
    static SdkHttpFullRequest.Builder request(SdkHttpMethod method, String hostAndPort, String encodedPath) {
        URI uri = URI.create("http://" + hostAndPort);
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                .method(method)
                .protocol("http")
                .host(uri.getHost())
                .encodedPath(encodedPath);
        return uri.getPort() < 0 ? b : b.port(uri.getPort());
    }

    /** Header auth with the payload unsigned (UNSIGNED-PAYLOAD), as the S3 client over HTTPS does. */
    static AuthRequest sign(SdkHttpFullRequest.Builder request) {
        return sign(request, USER, null, s -> {});
    }

    static AuthRequest sign(
            SdkHttpFullRequest.Builder request,
            AwsCredentialsIdentity identity,
            byte[] body,
            Consumer<SignRequest.Builder<AwsCredentialsIdentity>> settings) {
        SignedRequest signed = signed(request.build(), identity, body, s -> {
            s.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, body != null);
            settings.accept(s);
        });
        return of(signed.request());
    }

    /** Header auth of an aws-chunked body with signed chunks; with a checksum, the trailer is signed too. */
    static SignedRequest signChunked(SdkHttpFullRequest.Builder request, byte[] body, ChecksumAlgorithm trailer) {
        return signed(request.build(), USER, body, s -> {
            s.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true);
            s.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true);
            if (trailer != null) {
                s.putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, trailer);
            }
        });
    }

    /** A presigned URL (query-string auth) valid for {@code expires}, signed at {@link #SIGNED_AT}. */
    static AuthRequest presign(SdkHttpFullRequest.Builder request, AwsCredentialsIdentity identity, Duration expires) {
        return of(signed(
                        request.build(),
                        identity,
                        null,
                        s -> s.putProperty(
                                        AwsV4FamilyHttpSigner.AUTH_LOCATION,
                                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, expires)
                                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false))
                .request());
    }

    static SignedRequest signed(
            SdkHttpFullRequest request,
            AwsCredentialsIdentity identity,
            byte[] body,
            Consumer<SignRequest.Builder<AwsCredentialsIdentity>> settings) {
        return AwsV4HttpSigner.create().sign(s -> {
            s.identity(identity)
                    .request(request)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
            if (body != null) {
                s.payload(ContentStreamProvider.fromByteArray(body));
            }
            settings.accept(s);
        });
    }

    /** What a server receives: the path and query as encoded on the wire, the headers as sent. */
    static AuthRequest of(SdkHttpRequest signed) {
        URI uri = signed.getUri();
        return new AuthRequest(signed.method().name(), uri.getRawPath(), uri.getRawQuery(), signed.headers());
    }

    /** The same request with one more header, as a proxy or a careless client might add it. */
    static AuthRequest withHeader(AuthRequest request, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put(name, List.of(value));
        return new AuthRequest(request.method(), request.rawPath(), request.rawQuery(), headers);
    }

    static AuthRequest withoutHeader(AuthRequest request, String name) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.remove(name);
        return new AuthRequest(request.method(), request.rawPath(), request.rawQuery(), headers);
    }

    static AuthRequest withQuery(AuthRequest request, String rawQuery) {
        return new AuthRequest(request.method(), request.rawPath(), rawQuery, request.headers());
    }

    static AuthRequest withPath(AuthRequest request, String rawPath) {
        return new AuthRequest(request.method(), rawPath, request.rawQuery(), request.headers());
    }

    static byte[] payload(SignedRequest signed) {
        try {
            return signed.payload().orElseThrow().newStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
