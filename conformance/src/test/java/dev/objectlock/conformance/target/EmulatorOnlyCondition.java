package dev.objectlock.conformance.target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Disables {@link EmulatorOnly} scenarios on the aws target, naming the reason. */
final class EmulatorOnlyCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, EmulatorOnly.class))
                .map(annotation -> TargetKind.fromSystemProperties() == TargetKind.AWS
                        ? ConditionEvaluationResult.disabled("emulator-only on the aws target: " + annotation.reason())
                        : ConditionEvaluationResult.enabled("target is not aws"))
                .orElse(ConditionEvaluationResult.enabled("not @EmulatorOnly"));
    }
}
