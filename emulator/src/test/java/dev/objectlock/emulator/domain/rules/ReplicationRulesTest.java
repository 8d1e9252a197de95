package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination;
import dev.objectlock.emulator.domain.model.replication.ReplicationFilter;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What PutBucketReplication accepts of the document ([R111]-[R113], [E108]-[E115]), as a decision table. */
class ReplicationRulesTest {

    private static ReplicationRule v2(String id, Integer priority, String prefix, String markers) {
        return new ReplicationRule(
                id,
                priority,
                new ReplicationFilter(false, false, prefix, List.of()),
                "Enabled",
                markers,
                ReplicationDestination.of("dr"),
                null,
                null);
    }

    private static ReplicationRule v1(String id, String prefix) {
        return new ReplicationRule(
                id,
                null,
                ReplicationFilter.legacy(prefix),
                "Enabled",
                null,
                ReplicationDestination.of("dr"),
                null,
                null);
    }

    private static ReplicationRule tagged(String markers) {
        return new ReplicationRule(
                "t",
                1,
                new ReplicationFilter(false, false, null, List.of(new Tag("k", "v"))),
                "Enabled",
                markers,
                ReplicationDestination.of("dr"),
                null,
                null);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no rule", List.of(), "MalformedXML", "The XML you provided"),
                Arguments.of(
                        "V2 without DeleteMarkerReplication",
                        List.of(v2("a", 1, "x", null)),
                        "InvalidRequest",
                        "DeleteMarkerReplication must be specified for this version"),
                Arguments.of(
                        "V2 without Priority",
                        List.of(v2("a", null, "x", "Disabled")),
                        "InvalidRequest",
                        "Priority must be specified for this version"),
                Arguments.of(
                        "a V1 rule makes Priority out of place",
                        List.of(v1("a", "x"), v2("b", 1, "y", "Disabled")),
                        "InvalidRequest",
                        "Priority cannot be used for this version"),
                Arguments.of(
                        "duplicate priority",
                        List.of(v2("a", 3, "x", "Disabled"), v2("b", 3, "y", "Disabled")),
                        "InvalidRequest",
                        "Found duplicate priority 3."),
                Arguments.of(
                        "overlapping V1 prefixes",
                        List.of(v1("a", "docs/"), v1("b", "docs/2024")),
                        "InvalidRequest",
                        "Found overlapping prefixes 'docs/' and 'docs/2024'"),
                Arguments.of(
                        "V1 empty prefix overlaps everything",
                        List.of(v1("a", ""), v1("b", "z")),
                        "InvalidRequest",
                        "Found overlapping prefixes"),
                Arguments.of(
                        "duplicate ID",
                        List.of(v2("a", 1, "x", "Disabled"), v2("a", 2, "y", "Disabled")),
                        "InvalidArgument",
                        "Rule Id must be unique"),
                Arguments.of(
                        "ID too long",
                        List.of(v2("i".repeat(256), 1, "x", "Disabled")),
                        "InvalidArgument",
                        "Rule Id cannot be greater than 255"),
                Arguments.of(
                        "delete markers with a tag filter",
                        List.of(tagged("Enabled")),
                        "InvalidRequest",
                        "Delete marker replication is not supported if any Tag filter is specified."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String name, List<ReplicationRule> rules, String code, String message) {
        S3Exception e = catchThrowableOfType(
                () -> ReplicationRules.validate(new ReplicationConfiguration("role", rules), () -> "new"),
                S3Exception.class);
        assertThat(e).as(name).isNotNull();
        assertThat(e.code().code()).isEqualTo(code);
        assertThat(e.getMessage()).startsWith(message);
    }

    @Test
    void moreThanAThousandRulesAreRefused() {
        List<ReplicationRule> rules = new ArrayList<>();
        for (int i = 0; i <= ReplicationRules.MAX_RULES; i++) {
            rules.add(v2("r" + i, i, "p" + i, "Disabled"));
        }
        S3Exception e = catchThrowableOfType(
                () -> ReplicationRules.validate(new ReplicationConfiguration("role", rules), () -> "new"),
                S3Exception.class);
        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
        assertThatNoException()
                .isThrownBy(() -> ReplicationRules.validate(
                        new ReplicationConfiguration("role", rules.subList(0, ReplicationRules.MAX_RULES)),
                        () -> "new"));
    }

    @Test
    void aRuleWithoutAnIdGetsOneAndTheRestAreKept() {
        var stored = ReplicationRules.validate(
                new ReplicationConfiguration(
                        "role",
                        List.of(v2(null, 2, "x", "Disabled"), v2("kept", 3, "x", "Enabled"), tagged("Disabled"))),
                () -> "made-up");

        assertThat(stored.rules()).extracting(ReplicationRule::id).containsExactly("made-up", "kept", "t");
        assertThat(stored.role()).isEqualTo("role");
    }

    @Test
    void overlappingV2FiltersWithDistinctPrioritiesAreAccepted() {
        assertThatNoException()
                .isThrownBy(() -> ReplicationRules.validate(
                        new ReplicationConfiguration(
                                "role", List.of(v2("a", 1, null, "Disabled"), v2("b", 2, "x", "Disabled"))),
                        () -> "new"));
    }

    @Test
    void randomIdsDiffer() {
        assertThat(ReplicationRules.randomId()).hasSize(48).isNotEqualTo(ReplicationRules.randomId());
    }

    @Test
    void versioningCannotBeSuspendedUnderAConfiguration() {
        S3Exception e = catchThrowableOfType(
                () -> ReplicationRules.checkVersioningChange(VersioningStatus.SUSPENDED, true), S3Exception.class);
        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_BUCKET_STATE);
        assertThatNoException()
                .isThrownBy(() -> ReplicationRules.checkVersioningChange(VersioningStatus.ENABLED, true));
        assertThatNoException()
                .isThrownBy(() -> ReplicationRules.checkVersioningChange(VersioningStatus.SUSPENDED, false));
    }
}
