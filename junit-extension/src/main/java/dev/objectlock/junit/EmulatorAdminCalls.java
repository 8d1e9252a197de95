package dev.objectlock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The admin calls the extension makes over HTTP, because {@code ObjectLockEmulator} has no method
 * for them: replacing the identities for one test ({@code PUT /_emulator/identities}) and putting
 * back the class's, or open mode ({@code DELETE}). Each sends the admin token when the emulator has one.
 */
final class EmulatorAdminCalls {

    private static final String IDENTITIES = "/_emulator/identities";

    private EmulatorAdminCalls() {}

    /** Secured mode with {@code document}, already checked, in place of the identities in force. */
    static void useIdentities(URI endpoint, String adminToken, String document) {
        send("PUT", endpoint, adminToken, document.getBytes(StandardCharsets.UTF_8));
    }

    /** Back to {@code document}, or to open mode when it is null. */
    static void restore(URI endpoint, String adminToken, String document) {
        if (document == null) {
            send("DELETE", endpoint, adminToken, null);
        } else {
            useIdentities(endpoint, adminToken, document);
        }
    }

    private static void send(String method, URI endpoint, String adminToken, byte[] body) {
        URI url = endpoint.resolve(IDENTITIES);
        try {
            HttpURLConnection http = (HttpURLConnection) url.toURL().openConnection();
            try {
                http.setRequestMethod(method);
                if (adminToken != null) {
                    http.setRequestProperty("Authorization", "Bearer " + adminToken);
                }
                if (body != null) {
                    http.setDoOutput(true);
                    http.setFixedLengthStreamingMode(body.length);
                    http.setRequestProperty("Content-Type", "application/json");
                    try (OutputStream out = http.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = http.getResponseCode();
                if (status != 204) {
                    String answer;
                    try (InputStream in = http.getErrorStream()) {
                        answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    throw new IllegalStateException(
                            method + " " + url + " answered " + status + " (expected 204): " + answer);
                }
            } finally {
                http.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed: " + e.getMessage(), e);
        }
    }
}
