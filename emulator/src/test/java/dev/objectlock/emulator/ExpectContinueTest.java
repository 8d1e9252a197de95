package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Expect: 100-continue}, sent by the AWS CLI, boto3 and the Java SDK on every upload: the
 * emulator asks for the body only once the request passed its checks, as S3 does, so a refused
 * upload costs no transfer.
 */
class ExpectContinueTest {

    private static ObjectLockEmulator emulator;

    @BeforeAll
    static void start() throws IOException {
        emulator = ObjectLockEmulator.builder().build().start();
        try (Socket s = connect()) {
            s.getOutputStream()
                    .write(("PUT /continue-bucket HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            assertThat(statusLine(s)).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Test
    void uploadToMissingBucketIsRefusedBeforeTheBodyIsSent() throws IOException {
        try (Socket s = connect()) {
            sendHeaders(s, "/no-such-bucket/key.txt", 5);

            assertThat(statusLine(s)).isEqualTo("HTTP/1.1 404 Not Found");
        }
    }

    @Test
    void acceptedUploadGetsContinueThenStoresTheBody() throws IOException {
        try (Socket s = connect()) {
            sendHeaders(s, "/continue-bucket/key.txt", 5);
            BufferedReader in = reader(s);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(in.readLine()).isEmpty();

            s.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();

            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    private static void sendHeaders(Socket s, String path, int length) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + length
                        + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static Socket connect() throws IOException {
        URI endpoint = emulator.endpoint();
        Socket s = new Socket(endpoint.getHost(), endpoint.getPort());
        s.setSoTimeout(10_000);
        return s;
    }

    private static String statusLine(Socket s) throws IOException {
        return reader(s).readLine();
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
    }
}
