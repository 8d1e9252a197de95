package dev.objectlock.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.objectlock.conformance.target.AwsSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs sample classes through a JUnit Platform launcher with only the report listener attached
 * and reads the files it writes. The samples are nested classes in this package, so neither
 * Surefire (it skips nested classes) nor {@code ScenarioCatalogTest} (it lists top-level classes of
 * the scenario package) treats them as scenarios; they also run only when this test asks.
 */
class ConformanceReportListenerTest {

    private static final String ASKED = "conformance.report.sample";
    private static final String[] PROPERTIES = {"conformance.target", "conformance.url", "conformance.region"};

    private final Map<String, String> saved = new HashMap<>();

    @TempDir
    Path dir;

    @AfterEach
    void restoreProperties() {
        for (String name : PROPERTIES) {
            String value = saved.get(name);
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        }
    }

    @Test
    void writesMarkdownAndXmlWithPassedFailedAndSkippedScenarios() throws Exception {
        setProperty("conformance.target", "url");
        setProperty("conformance.url", "http://127.0.0.1:9000");
        setProperty("conformance.region", "eu-west-1");

        run(SampleConformanceTest.class, SampleSupportTest.class, SampleDisabledConformanceTest.class);

        String markdown = Files.readString(dir.resolve("conformance-report-url.md"), StandardCharsets.UTF_8);
        assertThat(markdown)
                .contains("**url** (region eu-west-1, http://127.0.0.1:9000), ")
                .contains(": 4 scenarios, 1 passed, 1 failed, 2 skipped")
                .contains("| Class | Scenario | Rules | Outcome |")
                .contains("| SampleConformanceTest | passes | A.4, R6 | passed |")
                .contains("| SampleConformanceTest | fails | R24 | **FAILED**: expected 403 \\| AccessDenied |")
                .contains(
                        "| SampleConformanceTest | skipped | R1 | skipped: emulator-only on the aws target: moves the clock |")
                .contains("| SampleDisabledConformanceTest | inDisabledClass | R2 | skipped: whole class off |")
                .doesNotContain("but was 200")
                .doesNotContain("SampleSupportTest");

        String xml = Files.readString(dir.resolve("conformance-report-url.xml"), StandardCharsets.UTF_8);
        String sample = SampleConformanceTest.class.getName();
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<testsuite name=\"conformance-url\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"2\"")
                .contains("<property name=\"conformance.where\" value=\"region eu-west-1, http://127.0.0.1:9000\"/>")
                .containsPattern(
                        "<testcase classname=\"" + sample.replace("$", "\\$") + "\" name=\"passes\" time=\"[0-9.]+\"/>")
                .contains("<failure message=\"expected 403 | AccessDenied\" type=\"java.lang.AssertionError\"/>")
                .contains("<skipped message=\"emulator-only on the aws target: moves the clock\"/>")
                .contains("<skipped message=\"whole class off\"/>")
                .doesNotContain("SampleSupportTest")
                .endsWith("</testsuite>\n");
    }

    @Test
    void writesNothingWhenNoScenarioRan() {
        run(SampleSupportTest.class);

        assertThat(dir).isEmptyDirectory();
    }

    private void setProperty(String name, String value) {
        if (!saved.containsKey(name)) {
            saved.put(name, System.getProperty(name));
        }
        System.setProperty(name, value);
    }

    private void run(Class<?>... classes) {
        LauncherDiscoveryRequestBuilder request =
                LauncherDiscoveryRequestBuilder.request().configurationParameter(ASKED, "true");
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        LauncherDiscoveryRequest built = request.build();
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestExecutionListeners(new ConformanceReportListener(dir))
                        .build())
                .execute(built);
    }

    /** Keeps the samples (one fails on purpose) from running unless this test runs them. */
    static final class OnlyWhenAsked implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ASKED).isPresent()
                    ? ConditionEvaluationResult.enabled("run by ConformanceReportListenerTest")
                    : ConditionEvaluationResult.disabled("sample for ConformanceReportListenerTest only");
        }
    }

    @ExtendWith(OnlyWhenAsked.class)
    static class SampleConformanceTest {
        @Test
        @AwsSource(
                rules = {"A.4", "R6"},
                value = "sample")
        void passes() {}

        @Test
        @AwsSource(rules = "R24", value = "sample")
        void fails() {
            fail("\nexpected 403 | AccessDenied\nbut was 200");
        }

        @Test
        @Disabled("emulator-only on the aws target: moves the clock")
        @AwsSource(rules = "R1", value = "sample")
        void skipped() {}
    }

    @ExtendWith(OnlyWhenAsked.class)
    @Disabled("whole class off")
    static class SampleDisabledConformanceTest {
        @Test
        @AwsSource(rules = "R2", value = "sample")
        void inDisabledClass() {}
    }

    /** Not a scenario class: its name does not end in ConformanceTest. */
    @ExtendWith(OnlyWhenAsked.class)
    static class SampleSupportTest {
        @Test
        void support() {}
    }
}
