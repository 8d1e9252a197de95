package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3ControlNamespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ObjectEncryptionXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.S3JobManifestGeneratorXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.CopyObjectOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.UserMetadataXml.EntryXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CreateJob request body ([C.3]; botocore-s3c CreateJobRequest and the shapes under it),
 * read from what the Java SDK sends, from the example in [C.3], and from variants the API reference
 * shows (no namespace, list items not named {@code member}).
 */
class CreateJobRequestXmlTest {

    @Test
    void readsTheSpecLegalHoldExample() {
        CreateJobRequestXml r = read(golden("CreateJobRequest_legalHold"));

        assertThat(r.confirmationRequired()).isFalse();
        assertThat(r.operation().putObjectLegalHold().legalHold().status()).isEqualTo("ON");
        assertThat(r.operation().otherOperations()).isEmpty();
        assertThat(r.report())
                .isEqualTo(new JobReportXml(
                        "arn:aws:s3:::report-bucket",
                        "Report_CSV_20180820",
                        true,
                        "reports/legalhold",
                        "AllTasks",
                        null));
        assertThat(r.clientRequestToken()).isEqualTo("6a1b0d5e-7c1f-4d7e-9c57-0b8a1d2e3f40");
        assertThat(r.manifest().spec().format()).isEqualTo("S3BatchOperations_CSV_20180820");
        assertThat(r.manifest().spec().fields().members()).containsExactly("Bucket", "Key", "VersionId");
        assertThat(r.manifest().location())
                .isEqualTo(new JobManifestXml.LocationXml(
                        "arn:aws:s3:::manifest-bucket/manifests/m.csv",
                        "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY",
                        "60e460c9d1046e73f7dde5043ac3ae85"));
        assertThat(r.description()).isEqualTo("Apply legal hold");
        assertThat(r.priority()).isEqualTo(10);
        assertThat(r.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/batch-ops");
        assertThat(r.tags().members()).containsExactly(new S3TagXml("team", "records"));
        assertThat(r.manifestGenerator()).isNull();
    }

    @Test
    void writesBackTheSameDocumentInModelOrder() {
        // Round trip: every element the [C.3] example has is read and written in botocore-s3c member order.
        for (String name : List.of(
                "CreateJobRequest_legalHold",
                "CreateJobRequest_putObjectTagging",
                "CreateJobRequest_sdkDeleteTagging")) {
            String xml = write(read(golden(name)));

            assertSameXml(xml, golden(name));
            assertS3ControlNamespaced(xml);
        }
    }

    @Test
    void readsAListWhateverItsItemsAreCalledAndWithoutNamespace() {
        // [0.5]: parse leniently; the API reference renders <S3Tag>, the model says member. [0.3]: no namespace.
        CreateJobRequestXml r = read(golden("CreateJobRequest_retention"));

        assertThat(r.tags().members()).containsExactly(new S3TagXml("a", ""), new S3TagXml("b", "2"));
        assertThat(r.manifest().spec().fields().members()).containsExactly("Bucket", "Key");
        assertThat(r.manifest().location().etag()).isEqualTo("\"60e460c9d1046e73f7dde5043ac3ae85\"");
        assertThat(r.confirmationRequired()).isNull();
        assertThat(r.priority()).isZero();
        JobOperationXml.RetentionOperationXml retention = r.operation().putObjectRetention();
        assertThat(retention.bypassGovernanceRetention()).isTrue();
        assertThat(retention.retention().mode()).isEqualTo("GOVERNANCE");
        assertThat(retention.retention().retainUntilDate()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(r.report()).isEqualTo(new JobReportXml(null, null, false, null, null, null));
    }

    @Test
    void readsWhatTheJavaSdkSendsForACopyJobWithAManifestGenerator() {
        CreateJobRequestXml r = read(golden("CreateJobRequest_sdkCopyWithGenerator"));

        CopyObjectOperationXml copy = r.operation().putObjectCopy();
        assertThat(copy.targetResource()).isEqualTo("arn:aws:s3:::t");
        assertThat(copy.metadataDirective()).isEqualTo("REPLACE");
        assertThat(copy.newObjectMetadata().userMetadata().entries())
                .containsExactly(new EntryXml("b", "2"), new EntryXml("a", "1"));
        assertThat(copy.newObjectMetadata().contentType()).isEqualTo("text/plain");
        assertThat(copy.newObjectMetadata().httpExpiresDate()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(copy.newObjectTagging().members()).containsExactly(new S3TagXml("k", "v"));
        assertThat(copy.objectLockMode()).isEqualTo("GOVERNANCE");
        assertThat(copy.objectLockRetainUntilDate()).isEqualTo("2030-01-01T00:00:00.123Z");
        assertThat(r.manifest()).isNull();
        S3JobManifestGeneratorXml g = r.manifestGenerator().s3JobManifestGenerator();
        assertThat(g.sourceBucket()).isEqualTo("arn:aws:s3:::src");
        assertThat(g.enableManifestOutput()).isTrue();
        assertThat(g.manifestOutputLocation().bucket()).isEqualTo("arn:aws:s3:::out");
        assertThat(g.manifestOutputLocation().manifestFormat()).isEqualTo("S3InventoryReport_CSV_20211130");
        assertThat(g.manifestOutputLocation().manifestEncryption().sseS3()).isNotNull();
        assertThat(g.manifestOutputLocation().manifestEncryption().sseKms()).isNull();
        assertThat(g.filter().createdAfter()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(g.filter().keyNameConstraint().matchAnyPrefix().members()).containsExactly("a/", "b/");
        assertThat(g.filter().keyNameConstraint().matchAnySuffix()).isNull();
        assertThat(g.filter().matchAnyStorageClass().members()).containsExactly("STANDARD");
        assertThat(g.filter().matchAnyObjectEncryption().items())
                .extracting(ObjectEncryptionXml::kind)
                .containsExactly("SSE-S3", "SSE-KMS");
        assertThat(r.tags().members()).containsExactly(new S3TagXml("team", "records"));
    }

    @Test
    void readsAnEmptyOperationElementAsPresent() {
        // <S3DeleteObjectTagging/> is the whole operation (botocore-s3c S3DeleteObjectTaggingOperation has no members).
        CreateJobRequestXml r = read(golden("CreateJobRequest_sdkDeleteTagging"));

        assertThat(r.operation().deleteObjectTagging()).isNotNull();
        assertThat(r.operation().putObjectLegalHold()).isNull();
        assertThat(r.tags()).isNull();
    }

    @Test
    void keepsAnOperationItDoesNotKnowByName() {
        CreateJobRequestXml r = read(golden("CreateJobRequest_lambdaInvoke"));

        assertThat(r.operation().otherOperations()).containsExactly("LambdaInvoke");
        assertThat(r.clientRequestToken()).isEqualTo("lambda-1");
    }

    @Test
    void readsAnEmptyOperationAsNoChild() {
        CreateJobRequestXml r = read("<CreateJobRequest><Operation/><Priority>1</Priority></CreateJobRequest>");

        assertThat(r.operation().otherOperations()).isEmpty();
        assertThat(r.operation().putObjectLegalHold()).isNull();
        assertThat(r.operation().deleteObjectTagging()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "<CreateJobRequest>",
                "<CreateJobRequest><Priority>ten</Priority></CreateJobRequest>",
                "<CreateJobRequest><ConfirmationRequired>maybe</ConfirmationRequired></CreateJobRequest>",
                "<CreateJobRequest><Tags>text</Tags></CreateJobRequest>",
                "<PutJobTaggingRequest><Tags/></PutJobTaggingRequest>",
                "<CreateJobRequest/><CreateJobRequest/>"
            })
    void anythingElseIsMalformedXml(String body) {
        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }

    private static CreateJobRequestXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), CreateJobRequestXml.class);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}
