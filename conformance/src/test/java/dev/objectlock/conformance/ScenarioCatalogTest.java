package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.TargetExtension;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeps the suite honest: every scenario names its AWS source, and the rule table in the module
 * README lists exactly the scenarios that claim each rule, so a gap in coverage stays visible.
 * Needs no target; it reads compiled classes and README.md.
 */
class ScenarioCatalogTest {

    /** Ids of docs/aws-behaviour.md a scenario may claim: section ids of parts 0 to C, edge-case rules, permission rules and errors. */
    private static final Pattern RULE_ID = Pattern.compile("[0A-D](\\.\\d+){1,2}|R\\d+|P\\d+|E\\d+");

    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|[^|]*\\|([^|]*)\\|.*$");
    private static final Pattern SCENARIO_REF = Pattern.compile("`(\\w+ConformanceTest\\.\\w+)`");
    private static final String TABLE_START = "<!-- rule-table:start -->";
    private static final String TABLE_END = "<!-- rule-table:end -->";

    @Test
    void everyScenarioClassRunsThroughTheTargetExtension() throws Exception {
        assertThat(scenarioClasses())
                .isNotEmpty()
                .allSatisfy(type -> assertThat(type.getAnnotationsByType(ExtendWith.class))
                        .as("%s is @ExtendWith(TargetExtension.class)", type.getSimpleName())
                        .anySatisfy(extendWith -> assertThat(extendWith.value()).contains(TargetExtension.class)));
    }

    @Test
    void everyScenarioNamesItsRulesAndItsAwsSource() throws Exception {
        assertThat(scenarios()).isNotEmpty().allSatisfy(method -> {
            AwsSource source = method.getAnnotation(AwsSource.class);
            String name = reference(method);
            assertThat(source).as("%s has @AwsSource", name).isNotNull();
            assertThat(source.value()).as("%s source", name).isNotBlank();
            assertThat(source.rules())
                    .as("%s rules", name)
                    .isNotEmpty()
                    .allSatisfy(rule -> assertThat(rule).as("%s rule id", name).matches(RULE_ID));
        });
    }

    @Test
    void readmeRuleTableListsExactlyTheScenariosOfEachRule() throws Exception {
        Map<String, Set<String>> claimed = new TreeMap<>();
        for (Method method : scenarios()) {
            AwsSource source = method.getAnnotation(AwsSource.class);
            if (source != null) {
                for (String rule : source.rules()) {
                    claimed.computeIfAbsent(rule, r -> new TreeSet<>()).add(reference(method));
                }
            }
        }
        Map<String, Set<String>> documented = readmeTable();

        assertThat(documented.keySet()).as("README rule rows").containsAll(claimed.keySet());
        documented.forEach((rule, listed) -> assertThat(listed)
                .as("README row %s lists the scenarios whose @AwsSource names it", rule)
                .isEqualTo(claimed.getOrDefault(rule, Set.of())));
    }

    private static Map<String, Set<String>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        int start = lines.indexOf(TABLE_START);
        int end = lines.indexOf(TABLE_END);
        assertThat(start).as("README has %s", TABLE_START).isNotNegative();
        assertThat(end).as("README has %s after the start", TABLE_END).isGreaterThan(start);
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : lines.subList(start + 1, end)) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.matches() && RULE_ID.matcher(row.group(1)).matches()) {
                Set<String> listed = new TreeSet<>();
                Matcher ref = SCENARIO_REF.matcher(row.group(2));
                while (ref.find()) {
                    listed.add(ref.group(1));
                }
                assertThat(table.put(row.group(1), listed))
                        .as("README row %s appears once", row.group(1))
                        .isNull();
            }
        }
        return table;
    }

    private static Path readme() {
        Path local = Path.of("README.md");
        return Files.exists(local) ? local : Path.of("conformance", "README.md");
    }

    private static List<Method> scenarios() throws Exception {
        return scenarioClasses().stream()
                .flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Test.class))
                .collect(Collectors.toList());
    }

    private static List<Class<?>> scenarioClasses() throws IOException, URISyntaxException {
        Path root = Path.of(ScenarioCatalogTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path folder = root.resolve(ScenarioCatalogTest.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("ConformanceTest.class"))
                    .sorted()
                    .map(name -> load(ScenarioCatalogTest.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reference(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
