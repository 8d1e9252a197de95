package dev.objectlock.emulator.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One request as bytes on the wire, built without any of the clean-up an HTTP client or SDK would
 * do: the method, target, header names and values and the body are sent exactly as given.
 *
 * @param label     what fault the request carries, printed when its answer breaks a rule
 * @param expected  which kind of answer the request must get
 * @param halfClose whether the client shuts its side after sending (a body cut short by a client
 *                  that gives up, rather than one that stalls)
 * @param source    the builder it came from, to sign it again
 */
record RawRequest(String label, Answer expected, byte[] bytes, boolean halfClose, boolean head, Builder source) {

    /** The document a refusal must carry. */
    enum Answer {
        /** An S3 {@code <Error>} document (or success). */
        S3,
        /** An S3 Control {@code <ErrorResponse>} document (or success). */
        CONTROL,
        /** The admin API's JSON error (or success). */
        ADMIN
    }

    static Builder builder(String label, String method, String target) {
        return new Builder(label, method, target);
    }

    /** The same request signed as {@code signer}'s identity, or unsigned if the SDK cannot express it. */
    RawRequest signedBy(Signer signer) {
        return signer.sign(source) ? source.build() : this;
    }

    @Override
    public String toString() {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return label + " :: " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
    }

    static final class Builder {
        private final String label;
        private String method;
        private String target;
        private String version = "HTTP/1.1";
        private final List<String[]> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private boolean automaticLength = true;
        private boolean halfClose;
        private Answer expected = Answer.S3;

        private Builder(String label, String method, String target) {
            this.label = label;
            this.method = method;
            this.target = target;
        }

        Builder method(String value) {
            method = value;
            return this;
        }

        Builder target(String value) {
            target = value;
            return this;
        }

        Builder version(String value) {
            version = value;
            return this;
        }

        Builder header(String name, String value) {
            headers.add(new String[] {name, value});
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-length") || lower.equals("transfer-encoding")) {
                automaticLength = false;
            }
            return this;
        }

        Builder body(byte[] value) {
            body = value;
            return this;
        }

        Builder body(String value) {
            return body(value.getBytes(StandardCharsets.UTF_8));
        }

        Builder halfClose() {
            halfClose = true;
            return this;
        }

        Builder expect(Answer answer) {
            expected = answer;
            return this;
        }

        String method() {
            return method;
        }

        String target() {
            return target;
        }

        List<String[]> headers() {
            return headers;
        }

        byte[] body() {
            return body;
        }

        RawRequest build() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, method + " " + target + " " + version + "\r\n");
            boolean hasHost = headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Host"));
            if (!hasHost) {
                write(out, "Host: 127.0.0.1\r\n");
            }
            for (String[] h : headers) {
                write(out, h[0] + ": " + h[1] + "\r\n");
            }
            if (automaticLength && (body.length > 0 || !method.equals("GET") && !method.equals("HEAD"))) {
                write(out, "Content-Length: " + body.length + "\r\n");
            }
            write(out, "Connection: close\r\n\r\n");
            out.writeBytes(body);
            return new RawRequest(label, expected, out.toByteArray(), halfClose, method.equals("HEAD"), this);
        }

        private static void write(ByteArrayOutputStream out, String text) {
            // ISO-8859-1 keeps every char below 256 as one byte: control characters and raw
            // high bytes reach the server as the fault means them.
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
