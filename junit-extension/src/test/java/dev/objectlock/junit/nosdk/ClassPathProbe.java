package dev.objectlock.junit.nosdk;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a fixture class through the Jupiter engine and reports each test's outcome as text. Loaded
 * by {@code NoAwsSdkOnClasspathTest} in a class loader that lacks part of the AWS SDK, together
 * with JUnit, the extension and the fixtures, so all of them see only what that loader has.
 */
public final class ClassPathProbe implements Function<String, List<String>> {

    @Override
    public List<String> apply(String testClassName) {
        try {
            Class<?> testClass = Class.forName(testClassName, true, getClass().getClassLoader());
            return EngineTestKit.engine(new JupiterTestEngine())
                    .selectors(selectClass(testClass))
                    .execute()
                    .allEvents()
                    .executions()
                    .stream()
                    .filter(e -> e.getTestDescriptor().isTest()
                            || e.getTerminationInfo().getExecutionResult().getStatus()
                                    != TestExecutionResult.Status.SUCCESSFUL)
                    .map(e -> {
                        TestExecutionResult result = e.getTerminationInfo().getExecutionResult();
                        return e.getTestDescriptor().getDisplayName() + " " + result.getStatus()
                                + result.getThrowable()
                                        .map(t -> " " + t.getClass().getName() + ": " + t.getMessage())
                                        .orElse("");
                    })
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
