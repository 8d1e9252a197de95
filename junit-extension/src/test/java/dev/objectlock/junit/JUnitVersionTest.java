package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestEngine;

/**
 * The extension is tested on JUnit 5.14 by default and, with {@code -Pjunit-5.10} or
 * {@code -Pjunit-6}, on the oldest and newest lines it supports; this checks that the JUnit on the
 * class path is the one the build asked for, so a profile cannot silently test the default.
 */
class JUnitVersionTest {

    @Test
    void theTestsRunOnTheJUnitTheBuildChose() {
        String expected = System.getProperty("objectlock.junitVersion");
        assertThat(expected).as("set by junit-extension/pom.xml").isNotBlank();
        assertThat(ExtensionContext.class.getPackage().getImplementationVersion())
                .isEqualTo(expected);
        String platform = TestEngine.class.getPackage().getImplementationVersion();
        assertThat(platform).isEqualTo(expected.startsWith("5.") ? "1." + expected.substring(2) : expected);
    }
}
