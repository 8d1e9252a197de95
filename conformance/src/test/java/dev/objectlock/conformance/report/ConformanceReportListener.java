package dev.objectlock.conformance.report;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Target;
import dev.objectlock.conformance.target.TargetKind;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the run report: {@code conformance-report-<target>.md} (a table of every scenario with its
 * rule ids and outcome) and {@code conformance-report-<target>.xml} (JUnit-XML style, one testsuite
 * for the target) into the module's {@code target/} folder. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so every launcher in
 * this module (Surefire, an IDE) picks it up.
 *
 * <p>Only scenarios count: tests whose class name ends in {@code ConformanceTest}. Outcomes are kept
 * in memory and the files written when a test plan finishes; a plan without scenarios (for example
 * {@code -Dtest=ScenarioCatalogTest}) writes nothing, so it does not replace the last real report.
 * The listener never fails the run: its own errors are logged and swallowed.
 */
public final class ConformanceReportListener implements TestExecutionListener {

    private static final System.Logger LOG = System.getLogger(ConformanceReportListener.class.getName());
    private static final String SCENARIO_SUFFIX = "ConformanceTest";
    private static final int MAX_MESSAGE = 300;

    private final Supplier<Path> outputDir;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private String target = "unknown";
    private String where = "";
    private Instant started = Instant.now();
    private TestPlan plan;

    /** The listener Surefire loads: writes next to {@code target/test-classes}. */
    public ConformanceReportListener() {
        this(ConformanceReportListener::moduleTargetDir);
    }

    /** Writes into {@code outputDir}. */
    public ConformanceReportListener(Path outputDir) {
        this(() -> outputDir);
    }

    private ConformanceReportListener(Supplier<Path> outputDir) {
        this.outputDir = outputDir;
    }

    /** Outcome of one scenario. */
    enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }

    /** One row of the report. */
    static final class Scenario {
        final String className;
        final String method;
        final String rules;
        long startNanos;
        long nanos;
        Status status;
        String type = "";
        String detail = "";

        Scenario(String className, String method, String rules) {
            this.className = className;
            this.method = method;
            this.rules = rules;
        }

        String simpleClassName() {
            return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        guard("start", () -> {
            started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            target = TargetKind.fromSystemProperties().name().toLowerCase(Locale.ROOT);
            where = Target.describeFromSystemProperties();
        });
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        guard("executionStarted", () -> scenario(identifier).ifPresent(s -> s.startNanos = System.nanoTime()));
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        guard("executionSkipped", () -> {
            // a skipped class never reports its tests, so they are recorded here with the class's reason
            Stream<TestIdentifier> tests = identifier.isTest()
                    ? Stream.of(identifier)
                    : plan == null
                            ? Stream.empty()
                            : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest);
            tests.forEach(test -> scenario(test).ifPresent(s -> record(s, Status.SKIPPED, "", reason)));
        });
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        guard("executionFinished", () -> {
            if (!identifier.isTest()) {
                return;
            }
            scenario(identifier).ifPresent(s -> {
                s.nanos = s.startNanos == 0 ? 0 : System.nanoTime() - s.startNanos;
                Throwable thrown = result.getThrowable().orElse(null);
                String type = thrown == null ? "" : thrown.getClass().getName();
                switch (result.getStatus()) {
                    case SUCCESSFUL:
                        record(s, Status.PASSED, "", "");
                        break;
                    case ABORTED:
                        record(s, Status.SKIPPED, type, "aborted: " + firstLine(thrown));
                        break;
                    default:
                        record(s, Status.FAILED, type, firstLine(thrown));
                }
            });
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        guard("write", () -> {
            if (scenarios.isEmpty()) {
                return;
            }
            Path dir = outputDir.get();
            Files.createDirectories(dir);
            Path markdown = dir.resolve("conformance-report-" + target + ".md");
            Path xml = dir.resolve("conformance-report-" + target + ".xml");
            Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
            Files.writeString(xml, xml(), StandardCharsets.UTF_8);
            LOG.log(System.Logger.Level.INFO, "conformance report: {0} and {1}", markdown, xml);
        });
    }

    String markdown() {
        long passed = count(Status.PASSED);
        long failed = count(Status.FAILED);
        long skipped = count(Status.SKIPPED);
        StringBuilder out = new StringBuilder();
        out.append("# Conformance report: ").append(target).append("\n\n");
        out.append("**")
                .append(target)
                .append("** (")
                .append(where)
                .append("), ")
                .append(started)
                .append(": ")
                .append(scenarios.size())
                .append(" scenarios, ")
                .append(passed)
                .append(" passed, ")
                .append(failed)
                .append(" failed, ")
                .append(skipped)
                .append(" skipped\n\n");
        out.append("| Class | Scenario | Rules | Outcome |\n|---|---|---|---|\n");
        for (Scenario s : rows()) {
            String outcome;
            switch (s.status) {
                case PASSED:
                    outcome = "passed";
                    break;
                case FAILED:
                    outcome = "**FAILED**: " + cell(s.detail);
                    break;
                default:
                    outcome = "skipped: " + cell(s.detail);
            }
            out.append("| ")
                    .append(s.simpleClassName())
                    .append(" | ")
                    .append(s.method)
                    .append(" | ")
                    .append(cell(s.rules))
                    .append(" | ")
                    .append(outcome)
                    .append(" |\n");
        }
        return out.toString();
    }

    String xml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        double total = scenarios.values().stream().mapToLong(s -> s.nanos).sum() / 1e9;
        out.append("<testsuite name=\"conformance-")
                .append(attr(target))
                .append("\" tests=\"")
                .append(scenarios.size())
                .append("\" failures=\"")
                .append(count(Status.FAILED))
                .append("\" errors=\"0\" skipped=\"")
                .append(count(Status.SKIPPED))
                .append("\" time=\"")
                .append(seconds(total))
                .append("\" timestamp=\"")
                .append(started)
                .append("\">\n");
        out.append("  <properties>\n");
        out.append("    <property name=\"conformance.target\" value=\"")
                .append(attr(target))
                .append("\"/>\n");
        out.append("    <property name=\"conformance.where\" value=\"")
                .append(attr(where))
                .append("\"/>\n");
        out.append("  </properties>\n");
        for (Scenario s : rows()) {
            out.append("  <testcase classname=\"")
                    .append(attr(s.className))
                    .append("\" name=\"")
                    .append(attr(s.method))
                    .append("\" time=\"")
                    .append(seconds(s.nanos / 1e9))
                    .append('"');
            if (s.status == Status.PASSED) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            if (s.status == Status.FAILED) {
                out.append("    <failure message=\"")
                        .append(attr(s.detail))
                        .append("\" type=\"")
                        .append(attr(s.type))
                        .append("\"/>\n");
            } else {
                out.append("    <skipped message=\"").append(attr(s.detail)).append("\"/>\n");
            }
            out.append("  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    /** Rows by class name; within a class in the order the scenarios ran. */
    private List<Scenario> rows() {
        List<Scenario> rows = new ArrayList<>(scenarios.values());
        rows.sort(Comparator.comparing(s -> s.className));
        return rows;
    }

    private void record(Scenario s, Status status, String type, String detail) {
        s.status = status;
        s.type = type;
        s.detail = detail == null ? "" : detail;
    }

    private long count(Status status) {
        return scenarios.values().stream().filter(s -> s.status == status).count();
    }

    /** The row for a scenario method, created on first sight; empty for anything that is not a scenario. */
    private Optional<Scenario> scenario(TestIdentifier identifier) {
        return identifier
                .getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .filter(source -> source.getClassName().endsWith(SCENARIO_SUFFIX))
                .map(source -> scenarios.computeIfAbsent(
                        identifier.getUniqueId(),
                        id -> new Scenario(source.getClassName(), source.getMethodName(), rules(source))));
    }

    private static String rules(MethodSource source) {
        try {
            Method method = source.getJavaMethod();
            AwsSource aws = method.getAnnotation(AwsSource.class);
            return aws == null ? "" : String.join(", ", aws.rules());
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static String firstLine(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        String message = thrown.getMessage();
        if (message != null) {
            for (String line : message.split("\\R")) {
                if (!line.isBlank()) {
                    return truncate(line.strip());
                }
            }
        }
        return thrown.getClass().getName();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }

    private static String attr(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\n':
                    out.append("&#10;");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                case '\t':
                    out.append("&#9;");
                    break;
                default:
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** {@code conformance/target}: the parent of the {@code test-classes} folder this class was loaded from. */
    private static Path moduleTargetDir() {
        try {
            Path classes = Path.of(ConformanceReportListener.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path parent = classes.getParent();
            if (Files.isDirectory(classes) && parent != null) {
                return parent;
            }
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "no code source for the report folder", e);
        }
        return Path.of("target");
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void guard(String what, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "conformance report: " + what + " failed; the run goes on", e);
        }
    }
}
