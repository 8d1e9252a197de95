package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.VersionId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 error document, request ids on every response, and sub-resources the emulator does not serve. */
class ErrorShapeTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    // [0.1]: errors are a flat <Error> document without namespace: Code, Message, the
    // error's extra elements, RequestId, HostId; RequestId matches the x-amz-request-id header.
    @Test
    void errorDocumentShape() {
        s3.createBucket("shape");

        HttpResponse<String> response = s3.raw("GET", "/shape/missing%20key");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/xml");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element root = S3Assertions.parse(response.body().getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Error");
        assertThat(root.getNamespaceURI()).isNull();
        assertThat(childNames(root)).containsExactly("Code", "Message", "Key", "RequestId", "HostId");
        assertThat(text(root, "Code")).isEqualTo("NoSuchKey");
        assertThat(text(root, "Message")).isEqualTo("The specified key does not exist.");
        assertThat(text(root, "Key")).isEqualTo("missing key");
        String requestId = response.headers().firstValue("x-amz-request-id").orElseThrow();
        assertThat(text(root, "RequestId")).isEqualTo(requestId);
        assertThat(response.headers().firstValue("x-amz-id-2")).isPresent();
    }

    // [0.1]: NoSuchBucket carries <BucketName>; InvalidArgument ArgumentName and ArgumentValue;
    // MethodNotAllowed Method and ResourceType — in that order, before RequestId.
    @Test
    void extraElementsByCode() {
        s3.createVersionedBucket("shape");
        s3.put("shape", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("shape").key("k")).versionId();

        assertThat(childNames(errorRoot("/nobucket/k")))
                .containsExactly("Code", "Message", "BucketName", "RequestId", "HostId");
        assertThat(childNames(errorRoot("/shape/k?versionId=bad")))
                .containsExactly("Code", "Message", "ArgumentName", "ArgumentValue", "RequestId", "HostId");
        assertThat(childNames(errorRoot("/shape/k?versionId=" + marker)))
                .containsExactly("Code", "Message", "Method", "ResourceType", "RequestId", "HostId");
        assertThat(childNames(errorRoot(
                        "/shape/k?versionId=" + VersionId.generate(987_654_321L).value())))
                .containsExactly("Code", "Message", "Key", "VersionId", "RequestId", "HostId");
    }

    // Every response, success or error, carries x-amz-request-id and x-amz-id-2 (S3 API
    // reference, "Common Response Headers").
    @Test
    void everyResponseCarriesARequestId() {
        List<SdkResponse> responses = new ArrayList<>();
        responses.add(client.createBucket(b -> b.bucket("ids")));
        responses.add(client.listBuckets());
        responses.add(client.headBucket(b -> b.bucket("ids")));
        responses.add(s3.put("ids", "k", "v"));
        responses.add(client.getObject(b -> b.bucket("ids").key("k")).response());
        responses.add(client.headObject(b -> b.bucket("ids").key("k")));
        responses.add(client.listObjectsV2(b -> b.bucket("ids")));
        responses.add(client.deleteObject(b -> b.bucket("ids").key("k")));

        assertThat(responses).allSatisfy(r -> {
            assertThat(header(r, "x-amz-request-id"))
                    .hasValueSatisfying(id -> assertThat(id).isNotBlank());
            assertThat(header(r, "x-amz-id-2")).isPresent();
        });
        S3Exception error = s3Error(() -> client.headObject(b -> b.bucket("ids").key("gone")), 404, "NoSuchKey");
        assertThat(header(error, "x-amz-request-id")).isPresent();
        assertThat(error.requestId()).isNotBlank();
        assertThat(responses.stream()
                        .map(r -> header(r, "x-amz-request-id").orElseThrow())
                        .distinct())
                .hasSize(responses.size());
    }

    // Sub-resources the emulator does not serve answer 501 NotImplemented with an S3 error
    // document, never a 200 for a different operation (S3 API reference, Error responses: NotImplemented).
    @ParameterizedTest
    @CsvSource({
        "DELETE, /subres?acl",
        "POST, /subres?ownershipControls",
        "GET, /subres?cors",
        "PUT, /subres?cors",
        "GET, /subres/k?policy",
        "GET, /subres/k?lifecycle",
        "GET, /subres?website",
        "GET, /subres?encryption",
        "GET, /subres?logging",
        "GET, /subres?notification",
        "GET, /subres/k?replication",
        "GET, /subres?accelerate",
        "GET, /subres?requestPayment",
        "GET, /subres?publicAccessBlock",
        "GET, /subres/k?ownershipControls",
        "DELETE, /subres/k?acl",
        "GET, /subres?metrics",
        "POST, /subres/k?restore",
        "GET, /subres/k?torrent",
        "DELETE, /subres?cors",
        "POST, /subres"
    })
    void unsupportedSubResourcesAreNotImplemented(String method, String path) {
        s3.createBucket("subres");
        s3.put("subres", "k", "v");

        HttpResponse<String> response =
                s3.raw(method, path, java.util.Map.of(), method.equals("GET") ? null : new byte[0]);

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.body()).contains("<Code>NotImplemented</Code>");
        assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
        assertThat(s3.read("subres", "k")).isEqualTo("v");
    }

    // The same through the SDK: GetBucketAcl and PutBucketCors surface 501 NotImplemented.
    @Test
    void unsupportedOperationsThroughTheSdk() {
        s3.createBucket("subres");

        S3Exception e = s3Error(() -> client.getBucketCors(b -> b.bucket("subres")), 501, "NotImplemented");
        assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
        s3Error(() -> client.getPublicAccessBlock(b -> b.bucket("subres")), 501, "NotImplemented");
        s3Error(() -> client.getBucketWebsite(b -> b.bucket("subres")), 501, "NotImplemented");
    }

    // S3 API reference, Error responses: MethodNotAllowed (405) for a method S3 has no operation
    // for, as an S3 error document.
    @Test
    void unknownMethodIsMethodNotAllowed() {
        s3.createBucket("subres");

        HttpResponse<String> response = s3.raw("PATCH", "/subres/k", java.util.Map.of(), new byte[0]);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("<Code>MethodNotAllowed</Code>", "<Method>PATCH</Method>");
        assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
    }

    // [0.1]: HEAD errors never have a body, but keep status and request id.
    @Test
    void headErrorsHaveNoBody() {
        HttpResponse<String> response = s3.raw("HEAD", "/no-such-bucket");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
    }

    private static Element errorRoot(String path) {
        HttpResponse<String> response = s3.raw("GET", path);
        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        return S3Assertions.parse(response.body().getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
    }

    private static List<String> childNames(Element root) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagName(name).item(0).getTextContent();
    }
}
