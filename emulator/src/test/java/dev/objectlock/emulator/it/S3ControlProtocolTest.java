package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import software.amazon.awssdk.services.s3control.model.ListJobsResponse;
import software.amazon.awssdk.services.s3control.model.NotFoundException;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/**
 * How S3 Control requests reach the jobs API and how its errors look on the wire: routing by the
 * {@code /v20180820/} path whatever the Host ([R37, C.1]), the nested error document
 * ([0.2]), the route table's own errors, and query parsing ([C.5, R39]).
 */
class S3ControlProtocolTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final Map<String, String> ACCOUNT = Map.of("x-amz-account-id", ACCOUNT_ID);

    // [R37]: SDKs and the CLI send Host: 123456789012.<endpoint host>. That label is not a bucket.
    @Test
    void aRequestWithTheAccountIdAsHostLabelReachesS3Control() {
        Raw r = rawWithHost(
                "GET",
                "/v20180820/jobs",
                ACCOUNT_ID + ".localhost:" + s3.endpoint().getPort());

        assertThat(r.status()).isEqualTo(200);
        Element root =
                S3Assertions.parse(r.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("ListJobsResult");
        assertThat(root.getNamespaceURI()).isEqualTo("http://awss3control.amazonaws.com/doc/2018-08-20/");
    }

    // The SDK's own endpointOverride (http://localhost:P) works wherever <account>.localhost resolves.
    @Test
    void theSdksEndpointOverrideWorksWhenTheHostLabelResolves() {
        ListJobsResponse jobs = s3.hostPrefixedControlClient().listJobs(b -> b.accountId(ACCOUNT_ID));

        assertThat(jobs.jobs()).isEmpty();
        assertThat(s3.lastRequest().host()).isEqualTo(ACCOUNT_ID + ".localhost");
    }

    // [0.2]: <ErrorResponse><Error><Code/><Message/></Error><RequestId/><HostId/></ErrorResponse>,
    // no namespace; [E26]: an unknown job is 404 NotFoundException, which the SDK maps to its type.
    @Test
    void errorsAreTheNestedS3ControlDocument() {
        NotFoundException e = catchThrowableOfType(
                NotFoundException.class,
                () -> s3.controlClient()
                        .describeJob(b -> b.accountId(ACCOUNT_ID).jobId("00000000-0000-0000-0000-000000000000")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotFoundException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified job does not exist.");
        Element root =
                S3Assertions.parse(EmulatorFixture.errorBody(e.requestId())).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("ErrorResponse");
        assertThat(root.getNamespaceURI()).isNull();
        assertThat(childNames(root)).containsExactly("Error", "RequestId", "HostId");
        assertThat(childNames(child(root, "Error"))).containsExactly("Code", "Message");
        assertThat(child(root, "RequestId").getTextContent()).isEqualTo(e.requestId());
    }

    // [C.2]: BadRequestException for a missing account header (the service's check), nested too.
    @Test
    void aMissingAccountHeaderIsABadRequest() {
        HttpResponse<String> r = s3.raw("GET", "/v20180820/jobs");

        assertControlError(r, 400, "BadRequestException");
    }

    // Route table (ControlRoutes): a job path with a method it has no operation for is 405.
    @Test
    void aKnownPathWithAnotherMethodIsMethodNotAllowed() {
        assertControlError(s3.raw("DELETE", "/v20180820/jobs", ACCOUNT, null), 405, "MethodNotAllowed");
        assertControlError(s3.raw("PATCH", "/v20180820/jobs/j/tagging", ACCOUNT, null), 405, "MethodNotAllowed");
    }

    // Route table (ControlRoutes): other S3 Control APIs are not served: 501, as for S3 sub-resources.
    @Test
    void anotherS3ControlApiIsNotImplemented() {
        HttpResponse<String> r = s3.raw("GET", "/v20180820/configuration/publicAccessBlock", ACCOUNT, null);

        assertControlError(r, 501, "NotImplemented");
    }

    // A body that is not the CreateJob schema is MalformedXML (as S3 says it), in the nested document.
    @Test
    void aMalformedBodyIsMalformedXml() {
        byte[] notXml = "<CreateJobRequest><Priority>1".getBytes(StandardCharsets.UTF_8);

        assertControlError(s3.raw("POST", "/v20180820/jobs", ACCOUNT, notXml), 400, "MalformedXML");
        assertControlError(s3.raw("POST", "/v20180820/jobs", ACCOUNT, new byte[0]), 400, "MalformedXML");
        assertControlError(
                s3.raw(
                        "PUT",
                        "/v20180820/jobs/j/tagging",
                        ACCOUNT,
                        "<PutJobTaggingRequest/>".getBytes(StandardCharsets.UTF_8)),
                400,
                "MalformedXML");
    }

    // [C.5]: jobStatuses repeats; a value that is no job status is InvalidRequestException, a
    // bad maxResults too, a nextToken the emulator did not make InvalidNextTokenException.
    @Test
    void listJobsReadsEveryRepeatedStatusAndRefusesBadValues() {
        assertThat(s3.raw("GET", "/v20180820/jobs?jobStatuses=Active&jobStatuses=Complete&maxResults=5", ACCOUNT, null)
                        .statusCode())
                .isEqualTo(200);
        assertControlError(
                s3.raw("GET", "/v20180820/jobs?jobStatuses=Active&jobStatuses=Bogus", ACCOUNT, null),
                400,
                "InvalidRequestException");
        assertControlError(
                s3.raw("GET", "/v20180820/jobs?maxResults=1001", ACCOUNT, null), 400, "InvalidRequestException");
        assertControlError(
                s3.raw("GET", "/v20180820/jobs?nextToken=not-ours", ACCOUNT, null), 400, "InvalidNextTokenException");
    }

    // [R38, 0.5]: S3 Control lists are wrapped, their items named <member>, not flattened.
    @Test
    void listsOnTheWireAreMemberLists() {
        String jobId = s3.controlClient()
                .createJob(BatchJobSupport.legalHoldJob("manifests", "m.csv", "0123456789abcdef")
                        .tags(software.amazon.awssdk.services.s3control.model.S3Tag.builder()
                                .key("team")
                                .value("records")
                                .build())
                        .build())
                .jobId();

        String tagging = s3.raw("GET", "/v20180820/jobs/" + jobId + "/tagging", ACCOUNT, null)
                .body();
        String jobs = s3.raw("GET", "/v20180820/jobs", ACCOUNT, null).body();
        String job = s3.raw("GET", "/v20180820/jobs/" + jobId, ACCOUNT, null).body();

        assertThat(tagging).contains("<Tags><member><Key>team</Key><Value>records</Value></member></Tags>");
        assertThat(jobs).contains("<Jobs><member><JobId>" + jobId + "</JobId>");
        assertThat(job).contains("<Fields><member>Bucket</member><member>Key</member></Fields>");
    }

    // The SDK surfaces codes its model does not declare as S3ControlException with the code intact.
    @Test
    void theSdkSeesTheCodeOfEveryError() {
        S3ControlException e = catchThrowableOfType(
                S3ControlException.class,
                () -> s3.controlClient().listJobs(b -> b.accountId(ACCOUNT_ID).nextToken("not-ours")));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidNextTokenException");
    }

    // ControlRoutes: a path-style bucket named like the API version is still S3 (no account header,
    // not under /jobs).
    @Test
    void aBucketNamedLikeTheApiVersionIsStillS3() {
        s3.createBucket("v20180820");
        s3.put("v20180820", "report.csv", "a,b");

        assertThat(s3.read("v20180820", "report.csv")).isEqualTo("a,b");
        HttpResponse<String> missing = s3.raw("GET", "/v20180820/missing.csv");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<Error>").contains("NoSuchKey").doesNotContain("ErrorResponse");
    }

    private static void assertControlError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        Element root =
                S3Assertions.parse(r.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("ErrorResponse");
        assertThat(child(child(root, "Error"), "Code").getTextContent()).isEqualTo(code);
        assertThat(child(root, "RequestId").getTextContent())
                .isEqualTo(r.headers().firstValue("x-amz-request-id").orElseThrow());
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private record Raw(int status, String body) {}

    /**
     * One HTTP/1.1 exchange over a plain socket, with a Host header of our choosing: the JDK
     * HttpClient refuses to set Host (a restricted header), and the JVM cannot be relied on to
     * resolve {@code *.localhost}, so the request goes to the emulator's address carrying the
     * Host an SDK would send.
     */
    private static Raw rawWithHost(String method, String path, String host) {
        try (Socket socket = new Socket(s3.endpoint().getHost(), s3.endpoint().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nx-amz-account-id: " + ACCOUNT_ID
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Raw(status, dechunk(response, body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a chunked response, or the body as it came. */
    private static String dechunk(String response, String body) {
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        if (!head.contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
