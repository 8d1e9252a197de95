package dev.objectlock.conformance.target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a {@link Secured} class, with the reason, where the target offers no principals. */
final class SecuredCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        PrincipalSources.Resolution resolution = TargetExtension.secured(context);
        return resolution.principals().isPresent()
                ? ConditionEvaluationResult.enabled("the target has principals")
                : ConditionEvaluationResult.disabled("needs a secured target: " + resolution.missing());
    }
}
