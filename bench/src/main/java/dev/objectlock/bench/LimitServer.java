package dev.objectlock.bench;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "limit": the fewest steps that serve the benchmark's workload to the AWS SDK v2 on the same
 * Javalin (Jetty) as ours. Bodies live in a map; aws-chunked uploads are decoded and their trailer
 * checksum is kept and returned; an MD5 ETag is computed. No database, no signature check, no S3
 * rules, no XML library. What ours does beyond this is what our storage and rules cost.
 *
 * <p>{@code java -cp <bench class path> dev.objectlock.bench.LimitServer PORT} (127.0.0.1 only).
 */
public final class LimitServer {

    private final Map<String, Map<String, StoredObject>> buckets = new ConcurrentHashMap<>();

    private record StoredObject(byte[] body, String etag, Map<String, String> checksums) {}

    private LimitServer() {}

    public static void main(String[] args) {
        LimitServer server = new LimitServer();
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.http.generateEtags = false;
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = Integer.parseInt(args[0]);
                    config.routes.addHttpHandler(HandlerType.GET, "/*", server::get);
                    config.routes.addHttpHandler(HandlerType.PUT, "/*", server::put);
                })
                .start();
    }

    private void get(Context ctx) {
        String[] path = split(ctx.path());
        if (path[0].isEmpty()) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Buckets>");
            buckets.keySet()
                    .forEach(name -> xml.append("<Bucket><Name>")
                            .append(name)
                            .append("</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket>"));
            ctx.contentType("application/xml")
                    .result(xml.append("</Buckets></ListAllMyBucketsResult>").toString());
            return;
        }
        StoredObject object = buckets.getOrDefault(path[0], Map.of()).get(path[1]);
        if (object == null) {
            ctx.status(404).contentType("application/xml").result("<Error><Code>NoSuchKey</Code></Error>");
            return;
        }
        ctx.header("ETag", object.etag());
        if (ctx.header("x-amz-checksum-mode") != null) {
            object.checksums().forEach(ctx::header);
        }
        ctx.contentType("application/octet-stream").result(object.body());
    }

    private void put(Context ctx) throws IOException {
        String[] path = split(ctx.path());
        if (path[1].isEmpty()) {
            buckets.putIfAbsent(path[0], new ConcurrentHashMap<>());
            return;
        }
        Map<String, StoredObject> bucket = buckets.get(path[0]);
        if (bucket == null) {
            ctx.status(404).contentType("application/xml").result("<Error><Code>NoSuchBucket</Code></Error>");
            return;
        }
        String sha = ctx.header("x-amz-content-sha256");
        byte[] body;
        Map<String, String> checksums;
        if (sha != null && sha.startsWith("STREAMING-")) {
            AwsChunked.Decoded decoded = AwsChunked.decode(ctx.req().getInputStream());
            body = decoded.body();
            checksums = decoded.trailers();
            checksums.keySet().removeIf(name -> !name.startsWith("x-amz-checksum-"));
        } else {
            body = ctx.req().getInputStream().readAllBytes();
            checksums = Map.of();
        }
        StoredObject object = new StoredObject(body, etag(body), Map.copyOf(checksums));
        bucket.put(path[1], object);
        ctx.header("ETag", object.etag());
        object.checksums().forEach(ctx::header);
    }

    /** "/bucket/key" as {bucket, key}; either may be empty. */
    private static String[] split(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? new String[] {rest, ""} : new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
    }

    private static String etag(byte[] body) {
        try {
            return "\""
                    + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
