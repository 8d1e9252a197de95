package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How S3 Control requests reach the service ([C.1, R37]): SDKs put the account id in front
 * of the endpoint's host, so an emulator must route by the {@code /v20180820/} path whatever the
 * Host says. AWS answers only at its own host names, so these scenarios are emulator-only.
 */
class ControlAddressingConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.1", "R37"},
            value = "botocore-s3c endpoint-rule-set-1.json: url {scheme}://{AccountId}.{authority}{path}")
    @EmulatorOnly(reason = "sends a raw request with an account-id Host label to the emulator's socket")
    void requestWithAccountIdHostLabelIsRoutedByPath() throws Exception {
        URI endpoint = target.emulatorEndpoint().orElseThrow();
        String response;
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v20180820/jobs?maxResults=1 HTTP/1.1\r\n"
                            + "Host: " + jobs.accountId() + ".localhost:" + endpoint.getPort() + "\r\n"
                            + "x-amz-account-id: " + jobs.accountId() + "\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).contains("<ListJobsResult").contains("http://awss3control.amazonaws.com/doc/2018-08-20/");
    }

    @Test
    @AwsSource(
            rules = {"C.1"},
            value = "moto s3control exceptions: S3 Control nests the error in <ErrorResponse>")
    @EmulatorOnly(reason = "reads the raw error document from the emulator's socket")
    void controlErrorsAreNestedInErrorResponse() throws Exception {
        URI endpoint = target.emulatorEndpoint().orElseThrow();
        String response;
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.getOutputStream()
                    .write(("GET /v20180820/jobs/00000000-0000-0000-0000-000000000000 HTTP/1.1\r\n"
                                    + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                                    + "x-amz-account-id: " + jobs.accountId() + "\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 404");
        assertThat(response).containsPattern("<ErrorResponse[^>]*>\\s*<Error>\\s*<Code>NotFoundException</Code>");
    }
}
