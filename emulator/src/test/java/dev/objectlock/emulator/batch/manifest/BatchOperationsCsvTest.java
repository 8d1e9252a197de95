package dev.objectlock.emulator.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobFailureException;
import dev.objectlock.emulator.batch.TaskTarget;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The S3BatchOperations_CSV_20180820 manifest (UG batch-ops-create-job "Creating a manifest file":
 * no header, columns as Spec.Fields lists them, keys URL-encoded; UG troubleshooting-batch-operations
 * "invalid-request": an empty VersionId fails the task, literal {@code null} names the null
 * version; RFC 4180 for quoting).
 */
class BatchOperationsCsvTest {

    private static final List<String> BUCKET_KEY = List.of("Bucket", "Key");
    private static final List<String> WITH_VERSION = List.of("Bucket", "Key", "VersionId");

    private static List<TaskTarget> parse(String csv, List<String> fields) {
        return BatchOperationsCsv.parse(new StringReader(csv), fields);
    }

    // UG batch-ops-create-job example rows: "Examplebucket,objectkey1" without a version column.
    @Test
    void bucketAndKeyRowsActOnTheCurrentVersion() {
        assertThat(parse("examplebucket,objectkey1\nexamplebucket,objectkey2\n", BUCKET_KEY))
                .containsExactly(
                        new TaskTarget("examplebucket", "objectkey1", "objectkey1", null),
                        new TaskTarget("examplebucket", "objectkey2", "objectkey2", null));
    }

    // UG batch-ops-create-job: "Object keys must be URL-encoded", e.g. object%20key%20with%20spaces;
    // the report repeats the key as the manifest wrote it, so the raw form is kept too.
    @Test
    void decodesPercentEncodedKeysAndKeepsTheRawForm() {
        List<TaskTarget> tasks = parse("b,object%20key%20with%20spaces\nb,caf%C3%A9%2Fmen%C3%BC\n", BUCKET_KEY);

        assertThat(tasks).extracting(TaskTarget::key).containsExactly("object key with spaces", "café/menü");
        assertThat(tasks)
                .extracting(TaskTarget::manifestKey)
                .containsExactly("object%20key%20with%20spaces", "caf%C3%A9%2Fmen%C3%BC");
    }

    // [C.7.2]: percent-encoding, not form encoding, so a plus sign is a plus sign.
    @Test
    void keepsAPlusSignLiteral() {
        assertThat(parse("b,a+b%2Bc\n", BUCKET_KEY)).extracting(TaskTarget::key).containsExactly("a+b+c");
    }

    // UG troubleshooting-batch-operations: "BUCKET_NAME,prefix/file_name,failed,400,InvalidRequest,Task
    // failed due to missing VersionId" for an empty version id; the literal null is the null version.
    @Test
    void versionColumnKeepsEmptyAndNullApart() {
        List<TaskTarget> tasks = parse("b,k1,3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY\nb,k2,\nb,k3,null\n", WITH_VERSION);

        assertThat(tasks)
                .extracting(TaskTarget::versionId)
                .containsExactly("3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", "", "null");
    }

    // API reference JobManifestSpec: Fields name the columns in order, Ignore skips one.
    @Test
    void followsTheFieldOrderAndSkipsIgnoredColumns() {
        List<TaskTarget> tasks = parse("v1,skip,k,b\n", List.of("VersionId", "Ignore", "Key", "Bucket"));

        assertThat(tasks).containsExactly(new TaskTarget("b", "k", "k", "v1"));
    }

    // RFC 4180 section 2: quoted fields may hold commas, line breaks and doubled quotes; CRLF ends records.
    @Test
    void readsRfc4180QuotedFields() {
        List<TaskTarget> tasks = parse("\"b\",\"a,b\"\r\nb,\"say \"\"hi\"\"\"\r\n\"b\",\"two\nlines\"\r\n", BUCKET_KEY);

        assertThat(tasks).extracting(TaskTarget::key).containsExactly("a,b", "say \"hi\"", "two\nlines");
    }

    // A manifest saved by an editor often ends with an empty line; it names no object.
    @Test
    void ignoresBlankTrailingLines() {
        assertThat(parse("b,k1\nb,k2\n\n\n", BUCKET_KEY)).hasSize(2);
        assertThat(parse("b,k1", BUCKET_KEY)).hasSize(1);
    }

    @Test
    void readsAnEmptyManifestAsNoTasks() {
        assertThat(parse("", BUCKET_KEY)).isEmpty();
    }

    // Spreadsheet exports start with a UTF-8 byte-order mark, which is not part of the first bucket name.
    @Test
    void skipsAByteOrderMark() {
        assertThat(parse("\uFEFFb,k\n", BUCKET_KEY)).containsExactly(new TaskTarget("b", "k", "k", null));
    }

    // [C.7.1, C.7.2]: a row that does not fit Fields fails the job, with the line named.
    @Test
    void failsTheJobOnARowWithTheWrongFieldCount() {
        assertThatThrownBy(() -> parse("b,k1,v1\nb,k2\n", WITH_VERSION))
                .isInstanceOfSatisfying(JobFailureException.class, e -> {
                    assertThat(e.failure().failureCode()).isEqualTo(ManifestFailures.INVALID_MANIFEST);
                    assertThat(e.failure().failureReason())
                            .isEqualTo("Manifest line 2 has 2 fields where 3 are expected");
                });
        assertThatThrownBy(() -> parse("b,k1,extra\n", BUCKET_KEY)).isInstanceOf(JobFailureException.class);
    }

    @Test
    void failsTheJobOnABlankLineBetweenRows() {
        assertThatThrownBy(() -> parse("b,k1\n\nb,k2\n", BUCKET_KEY))
                .isInstanceOfSatisfying(
                        JobFailureException.class,
                        e -> assertThat(e.failure().failureReason()).isEqualTo("Manifest line 2 is empty"));
    }

    @Test
    void failsTheJobOnBrokenEncodingOrQuoting() {
        assertThatThrownBy(() -> parse("b,bad%2\n", BUCKET_KEY))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("not valid URL encoding");
        assertThatThrownBy(() -> parse("b,bad%zz\n", BUCKET_KEY)).isInstanceOf(JobFailureException.class);
        // %C3 alone is half a UTF-8 character.
        assertThatThrownBy(() -> parse("b,bad%C3\n", BUCKET_KEY)).isInstanceOf(JobFailureException.class);
        assertThatThrownBy(() -> parse("b,\"open\n", BUCKET_KEY))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> parse("b,\"k\"x\n", BUCKET_KEY)).isInstanceOf(JobFailureException.class);
        assertThatThrownBy(() -> parse(",k\n", BUCKET_KEY))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("empty bucket or key");
    }

    @Test
    void failsTheJobOnBytesThatAreNotUtf8() {
        byte[] latin1 = "b,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() ->
                        BatchOperationsCsv.parse(ManifestObjects.utf8(new ByteArrayInputStream(latin1)), BUCKET_KEY))
                .isInstanceOf(JobFailureException.class)
                .hasMessageContaining("not valid UTF-8");
    }
}
