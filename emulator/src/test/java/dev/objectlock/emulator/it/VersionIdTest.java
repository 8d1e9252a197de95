package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.VersionId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Version ids on writes and reads by bucket state ([A.3, A.4, R1, R2, R4, R9]). */
class VersionIdTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String WELL_FORMED_ABSENT =
            VersionId.generate(987_654_321L).value();

    private final S3Client client = s3.client();

    // [A.3, A.4]: every write to an Enabled bucket gets a new 32-character URL-safe id, announced
    // in x-amz-version-id; reads return the newest unless a versionId names another.
    @Test
    void enabledBucketGivesEveryWriteANewVersionId() {
        s3.createVersionedBucket("ids");
        List<String> ids = new ArrayList<>();
        for (String body : List.of("one", "two", "three")) {
            PutObjectResponse put = s3.put("ids", "k", body);
            assertThat(put.versionId()).matches("[A-Za-z0-9._]{32}");
            ids.add(put.versionId());
        }
        assertThat(ids).doesNotHaveDuplicates();

        GetObjectResponse current =
                client.getObject(b -> b.bucket("ids").key("k")).response();
        assertThat(current.versionId()).isEqualTo(ids.get(2));
        assertThat(s3.read("ids", "k", ids.get(0))).isEqualTo("one");
        assertThat(client.headObject(b -> b.bucket("ids").key("k").versionId(ids.get(1)))
                        .versionId())
                .isEqualTo(ids.get(1));
    }

    // [A.3]: versions of a key sort newest first even when written within one millisecond.
    @Test
    void rapidWritesKeepTheirOrder() {
        s3.createVersionedBucket("rapid");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(0, s3.put("rapid", "k", "v" + i).versionId());
        }

        List<ObjectVersion> listed =
                client.listObjectVersions(b -> b.bucket("rapid")).versions();

        assertThat(listed).extracting(ObjectVersion::versionId).containsExactlyElementsOf(ids);
        assertThat(listed)
                .extracting(ObjectVersion::isLatest)
                .containsExactly(true, false, false, false, false, false, false, false);
        assertThat(s3.read("rapid", "k")).isEqualTo("v7");
    }

    // [A.4]: an Unversioned bucket neither announces nor returns version ids; [A.5.8]: it
    // lists its object as version "null".
    @Test
    void unversionedBucketHasNoVersionIdHeaders() {
        s3.createBucket("plain");

        PutObjectResponse put = s3.put("plain", "k", "v");
        GetObjectResponse got =
                client.getObject(b -> b.bucket("plain").key("k")).response();

        assertThat(put.versionId()).isNull();
        assertThat(header(put, "x-amz-version-id")).isEmpty();
        assertThat(header(got, "x-amz-version-id")).isEmpty();
        assertThat(client.listObjectVersions(b -> b.bucket("plain")).versions())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.versionId()).isEqualTo("null");
                    assertThat(v.isLatest()).isTrue();
                });
    }

    // [A.4]: versionId=null reads an Unversioned bucket's object, still without the header;
    // any other id there, even well-formed, is 400 InvalidArgument [AWS-recorded]. [R9].
    @Test
    void unversionedBucketAcceptsOnlyTheNullVersionId() {
        s3.createBucket("plain");
        s3.put("plain", "k", "v");

        GetObjectResponse got = client.getObject(b -> b.bucket("plain").key("k").versionId("null"))
                .response();
        assertThat(header(got, "x-amz-version-id")).isEmpty();

        S3Exception e = s3Error(() -> s3.read("plain", "k", WELL_FORMED_ABSENT), 400, "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
        assertThat(errorElement(e, "ArgumentName")).contains("versionId");
        assertThat(errorElement(e, "ArgumentValue")).contains(WELL_FORMED_ABSENT);
    }

    // [R4]: objects written before versioning was enabled keep id null, stay listed and
    // readable with versionId=null, and reads of them announce "null" once the bucket is versioned.
    @Test
    void preVersioningObjectsKeepTheNullVersion() {
        s3.createBucket("late");
        s3.put("late", "k", "old");
        s3.versioning("late", BucketVersioningStatus.ENABLED);

        assertThat(client.headObject(b -> b.bucket("late").key("k")).versionId())
                .isEqualTo("null");
        String v2 = s3.put("late", "k", "new").versionId();

        assertThat(v2).isNotEqualTo("null");
        assertThat(s3.read("late", "k")).isEqualTo("new");
        GetObjectResponse old = client.getObject(b -> b.bucket("late").key("k").versionId("null"))
                .response();
        assertThat(old.versionId()).isEqualTo("null");
        assertThat(client.listObjectVersions(b -> b.bucket("late")).versions())
                .extracting(ObjectVersion::versionId, ObjectVersion::isLatest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(v2, true),
                        org.assertj.core.groups.Tuple.tuple("null", false));
    }

    // [R1, R2]: a Suspended bucket's PUT announces no version id, stores version null,
    // replaces the existing null version and keeps the other versions.
    @Test
    void suspendedBucketWritesReplaceTheNullVersion() {
        s3.createBucket("susp");
        s3.put("susp", "k", "null-1");
        s3.versioning("susp", BucketVersioningStatus.ENABLED);
        String kept = s3.put("susp", "k", "versioned").versionId();
        s3.versioning("susp", BucketVersioningStatus.SUSPENDED);

        PutObjectResponse first = s3.put("susp", "k", "null-2");
        PutObjectResponse second = s3.put("susp", "k", "null-3");

        assertThat(first.versionId()).isNull();
        assertThat(header(second, "x-amz-version-id")).isEmpty();
        assertThat(client.listObjectVersions(b -> b.bucket("susp")).versions())
                .extracting(ObjectVersion::versionId)
                .containsExactly("null", kept);
        GetObjectResponse current =
                client.getObject(b -> b.bucket("susp").key("k")).response();
        assertThat(current.versionId()).isEqualTo("null");
        assertThat(s3.read("susp", "k", "null")).isEqualTo("null-3");
        assertThat(s3.read("susp", "k", kept)).isEqualTo("versioned");
    }

    // [A.4, E4]: a malformed id is 400 InvalidArgument with ArgumentName/ArgumentValue; HEAD
    // gets 400 without a body.
    @Test
    void malformedVersionIdIsInvalidArgument() {
        s3.createVersionedBucket("ver");
        s3.put("ver", "k", "v");

        S3Exception get = s3Error(() -> s3.read("ver", "k", "not-a-version"), 400, "InvalidArgument");
        assertThat(get.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
        assertThat(errorElement(get, "ArgumentName")).contains("versionId");
        assertThat(errorElement(get, "ArgumentValue")).contains("not-a-version");

        headError(() -> client.headObject(b -> b.bucket("ver").key("k").versionId("xyz")), 400);
    }

    // [A.4, E3]: a well-formed absent id is 404 NoSuchVersion with Key and VersionId, and no
    // delete-marker headers [AWS-recorded]. HEAD: 404 without a body.
    @Test
    void absentVersionIsNoSuchVersion() {
        s3.createVersionedBucket("ver");
        s3.put("ver", "k", "v");

        S3Exception e = s3Error(() -> s3.read("ver", "k", WELL_FORMED_ABSENT), 404, "NoSuchVersion");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified version does not exist.");
        assertThat(errorElement(e, "Key")).contains("k");
        assertThat(errorElement(e, "VersionId")).contains(WELL_FORMED_ABSENT);
        assertThat(header(e, "x-amz-delete-marker")).isEmpty();
        assertThat(header(e, "x-amz-version-id")).isEmpty();
        S3Exception head =
                headError(() -> client.headObject(b -> b.bucket("ver").key("k").versionId(WELL_FORMED_ABSENT)), 404);
        assertThat(header(head, "x-amz-delete-marker")).isEmpty();
    }

    // S3 API reference, GetObject: a key that never existed is 404 NoSuchKey with <Key>, no marker headers.
    @Test
    void missingKeyIsNoSuchKey() {
        s3.createVersionedBucket("ver");

        S3Exception e = s3Error(() -> s3.read("ver", "nothing-here"), 404, "NoSuchKey");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist.");
        assertThat(errorElement(e, "Key")).contains("nothing-here");
        assertThat(header(e, "x-amz-delete-marker")).isEmpty();
    }
}
