package dev.objectlock.conformance.target;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link Secured} through the JUnit engine: skipped with a reason that says what to pass. */
class SecuredConditionTest {

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
    void skipsOnAwsWithoutRestrictedPrincipals() {
        System.setProperty(TargetKind.PROPERTY, "aws");

        run().assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(Sample.class),
                                skippedWithReason(reason -> reason.startsWith(
                                                "needs a secured target: the aws target needs restricted principals: "
                                                        + "-Dconformance.principal.app.profile and .arn")
                                        && reason.endsWith("(conformance/README.md, Permissions scenarios)"))));
    }

    @Test
    void skipsOnAnOpenUrlTarget() {
        System.setProperty(TargetKind.PROPERTY, "url");

        run().assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(Sample.class),
                                skippedWithReason(reason -> reason.contains("start the jar with --identities FILE")
                                        && reason.contains("-Dconformance.identities=FILE"))));
    }

    private static Events run() {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Sample.class))
                .execute()
                .containerEvents();
    }

    /** Not a scenario: a nested class surefire does not pick up by itself. */
    @Secured
    @ExtendWith(TargetExtension.class)
    static class Sample {
        @Test
        void needsPrincipals(Principals principals) {}
    }
}
