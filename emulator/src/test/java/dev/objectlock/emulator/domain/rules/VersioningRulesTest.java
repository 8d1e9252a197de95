package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** [A.4] (behaviour by bucket state) and [R1, R3, R6, R9]. */
class VersioningRulesTest {

    private static final String WELL_FORMED = VersionId.generate(987_654_321L).value();

    @Test
    void givesEveryWriteANewIdWhileEnabled() {
        VersionId id = VersioningRules.versionIdForWrite(VersioningStatus.ENABLED, 42);

        assertThat(id.isNull()).isFalse();
        assertThat(VersionId.isWellFormed(id.value())).isTrue();
        assertThat(id.embeddedSequence()).isEqualTo(42);
    }

    @ParameterizedTest
    @EnumSource(
            value = VersioningStatus.class,
            names = {"UNVERSIONED", "SUSPENDED"})
    void writesTheNullVersionWhileUnversionedOrSuspended(VersioningStatus status) {
        // [A.4] PUT table: Unversioned overwrites version null; Suspended writes id null ([R2]).
        assertThat(VersioningRules.versionIdForWrite(status, 42)).isEqualTo(VersionId.NULL);
    }

    @ParameterizedTest
    @CsvSource({"UNVERSIONED, false", "ENABLED, true", "SUSPENDED, false"})
    void announcesTheWrittenVersionOnlyWhileEnabled(VersioningStatus status, boolean announced) {
        // [R1]: a Suspended PUT returns no x-amz-version-id although it stores null.
        assertThat(VersioningRules.announcesWrittenVersion(status)).isEqualTo(announced);
    }

    @ParameterizedTest
    @CsvSource({"UNVERSIONED, false", "ENABLED, true", "SUSPENDED, true"})
    void leavesADeleteMarkerUnlessUnversioned(VersioningStatus status, boolean marker) {
        // [A.4] DELETE-without-versionId table; [R3] for Suspended; [R5] for Enabled.
        assertThat(VersioningRules.deleteLeavesMarker(status)).isEqualTo(marker);
    }

    @ParameterizedTest
    @EnumSource(VersioningStatus.class)
    void readsNoVersionIdAsTheCurrentVersion(VersioningStatus status) {
        assertThat(VersioningRules.parseVersionId(null, status)).isNull();
    }

    @ParameterizedTest
    @EnumSource(VersioningStatus.class)
    void acceptsTheNullVersionIdInEveryState(VersioningStatus status) {
        // [A.4]: versionId=null on an Unversioned bucket reads the object (AWS-recorded); [R4].
        assertThat(VersioningRules.parseVersionId("null", status)).isEqualTo(VersionId.NULL);
    }

    @ParameterizedTest
    @EnumSource(
            value = VersioningStatus.class,
            names = {"ENABLED", "SUSPENDED"})
    void acceptsAWellFormedIdOnceVersioningWasEnabled(VersioningStatus status) {
        assertThat(VersioningRules.parseVersionId(WELL_FORMED, status)).isEqualTo(new VersionId(WELL_FORMED));
    }

    @Test
    void rejectsAnyIdButNullOnANeverVersionedBucket() {
        // [R9, E4]: even a well-formed id is InvalidArgument on an Unversioned bucket (AWS-recorded).
        assertInvalidVersionId(WELL_FORMED, VersioningStatus.UNVERSIONED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NULL",
                "Null",
                "abc",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8ymX",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8-m",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8/m",
                "../../../../../../../etc/passwd"
            })
    void rejectsMalformedIdsAsInvalidArgument(String raw) {
        // [A.4] "malformed ID": 400 InvalidArgument "Invalid version id specified", ArgumentName
        // versionId, ArgumentValue as given (AWS-recorded; [E4]).
        assertInvalidVersionId(raw, VersioningStatus.ENABLED);
    }

    @Test
    void acceptsAnUncheckedIdOnlyWhenItIsStored() {
        // [R63]: an id without the check is refused unless an earlier release stored it (K24).
        String unchecked = "gS53zabD7XTvkrwbjMnXlBylVWetO8ym";

        assertThat(VersioningRules.parseVersionId(unchecked, VersioningStatus.ENABLED, id -> true))
                .isEqualTo(new VersionId(unchecked));
        assertInvalidVersionId(unchecked, VersioningStatus.ENABLED);
        assertThatThrownBy(() -> VersioningRules.parseVersionId("not-an-id", VersioningStatus.ENABLED, id -> true))
                .isInstanceOf(S3Exception.class);
        assertThatThrownBy(() -> VersioningRules.parseVersionId(unchecked, VersioningStatus.UNVERSIONED, id -> true))
                .isInstanceOf(S3Exception.class);
    }

    @Test
    void rejectsTheEmptyStringAsInvalidArgument() {
        assertThatThrownBy(() -> VersioningRules.parseVersionId("", VersioningStatus.ENABLED))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", "versionId"));
                });
    }

    private static void assertInvalidVersionId(String raw, VersioningStatus status) {
        assertThatThrownBy(() -> VersioningRules.parseVersionId(raw, status))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.code().httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("Invalid version id specified");
                    assertThat(e.details())
                            .containsExactly(
                                    new S3Exception.Detail("ArgumentName", "versionId"),
                                    new S3Exception.Detail("ArgumentValue", raw));
                });
    }

    static Stream<Arguments> deleteMarkersMet() {
        return Stream.of(
                // addressed by id?, access, code, Method named   -- source
                Arguments.of(
                        "current version is a marker, read ([R6])",
                        false,
                        VersionAccess.READ,
                        S3ErrorCode.NO_SUCH_KEY,
                        null),
                Arguments.of(
                        "current version is a marker, change ([R6])",
                        false,
                        VersionAccess.CHANGE,
                        S3ErrorCode.NO_SUCH_KEY,
                        null),
                Arguments.of(
                        "marker addressed by id, read: MethodNotAllowed naming GET ([R6])",
                        true,
                        VersionAccess.READ,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "GET"),
                Arguments.of(
                        "marker addressed by id, change: MethodNotAllowed naming PUT ([R34])",
                        true,
                        VersionAccess.CHANGE,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "PUT"),
                Arguments.of(
                        "current marker, tagging read: MethodNotAllowed naming GET ([R62])",
                        false,
                        VersionAccess.TAGGING_READ,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "GET"),
                Arguments.of(
                        "current marker, tagging change: MethodNotAllowed naming PUT ([R62])",
                        false,
                        VersionAccess.TAGGING_CHANGE,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "PUT"),
                Arguments.of(
                        "current marker, tagging delete: MethodNotAllowed naming DELETE ([R62])",
                        false,
                        VersionAccess.TAGGING_DELETE,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "DELETE"),
                Arguments.of(
                        "marker addressed by id, tagging delete: MethodNotAllowed naming DELETE ([R62])",
                        true,
                        VersionAccess.TAGGING_DELETE,
                        S3ErrorCode.METHOD_NOT_ALLOWED,
                        "DELETE"));
    }

    static Stream<Arguments> copiedVersions() {
        VersionId written = VersionId.generate(5);
        return Stream.of(
                // destination state, id written, id announced   -- [R60]
                Arguments.of(VersioningStatus.ENABLED, written, written),
                Arguments.of(VersioningStatus.SUSPENDED, null, VersionId.NULL),
                Arguments.of(VersioningStatus.UNVERSIONED, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copiedVersions")
    void announcesTheCopiedVersionWhileEnabledAndNullWhileSuspended(
            VersioningStatus status, VersionId written, VersionId announced) {
        assertThat(VersioningRules.copiedVersionToAnnounce(status, written)).isEqualTo(announced);
    }

    @Test
    void namesACopySourceVersionOnlyWhenItIsARealIdOfAVersionedBucket() {
        // [R61]: a null source version is never named; a never-versioned source names nothing.
        VersionId real = VersionId.generate(9);
        assertThat(VersioningRules.copySourceVersionToAnnounce(VersioningStatus.ENABLED, real))
                .isEqualTo(real);
        assertThat(VersioningRules.copySourceVersionToAnnounce(VersioningStatus.SUSPENDED, real))
                .isEqualTo(real);
        assertThat(VersioningRules.copySourceVersionToAnnounce(VersioningStatus.ENABLED, VersionId.NULL))
                .isNull();
        assertThat(VersioningRules.copySourceVersionToAnnounce(VersioningStatus.SUSPENDED, VersionId.NULL))
                .isNull();
        assertThat(VersioningRules.copySourceVersionToAnnounce(VersioningStatus.UNVERSIONED, VersionId.NULL))
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deleteMarkersMet")
    void deleteMarkerMet(
            String description, boolean addressedById, VersionAccess access, S3ErrorCode code, String method) {
        Instant created = Instant.parse("2030-01-01T00:00:00Z");
        DeleteMarker marker = new DeleteMarker("b", "k", new VersionId(WELL_FORMED), 7, created);

        S3Exception e = VersioningRules.deleteMarkerMet(marker, addressedById, access);

        assertThat(e.code()).isEqualTo(code);
        if (method == null) {
            assertThat(e.details()).containsExactly(new S3Exception.Detail("Key", "k"));
            assertThat(e.deleteMarker()).contains(new S3Exception.DeleteMarkerContext(WELL_FORMED, created, null));
        } else {
            assertThat(e.details())
                    .containsExactly(
                            new S3Exception.Detail("Method", method),
                            new S3Exception.Detail("ResourceType", "DeleteMarker"));
            assertThat(e.deleteMarker()).contains(new S3Exception.DeleteMarkerContext(WELL_FORMED, created, "DELETE"));
        }
    }
}
