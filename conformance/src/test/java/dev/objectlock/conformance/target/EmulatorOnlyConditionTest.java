package dev.objectlock.conformance.target;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link EmulatorOnly} through the JUnit engine: skipped with its reason on aws only. */
class EmulatorOnlyConditionTest {

    private final String previousTarget = System.getProperty(TargetKind.PROPERTY);

    @AfterEach
    void restoreTarget() {
        if (previousTarget == null) {
            System.clearProperty(TargetKind.PROPERTY);
        } else {
            System.setProperty(TargetKind.PROPERTY, previousTarget);
        }
    }

    @Test
    void skipsWithTheReasonOnTheAwsTarget() {
        System.setProperty(TargetKind.PROPERTY, "aws");

        Events tests = run();

        tests.assertStatistics(stats -> stats.skipped(1).succeeded(1));
        tests.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("compliance"),
                                skippedWithReason(
                                        "emulator-only on the aws target: leaves COMPLIANCE objects behind")));
    }

    @Test
    void runsOnTheEmulatorAndUrlTargets() {
        for (String target : new String[] {"emulator", "url"}) {
            System.setProperty(TargetKind.PROPERTY, target);

            run().assertStatistics(stats -> stats.skipped(0).succeeded(2));
        }
    }

    private static Events run() {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Sample.class))
                .execute()
                .testEvents();
    }

    /** Not a scenario: a nested class surefire does not pick up by itself. */
    static class Sample {
        @Test
        @EmulatorOnly(reason = "leaves COMPLIANCE objects behind")
        void compliance() {}

        @Test
        void everywhere() {}
    }
}
