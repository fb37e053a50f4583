package io.serviceops.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The scenario's steps build on each other: once one fails, the later ones are skipped naming it,
 * instead of failing for a reason that only hides the first.
 */
class StepByStep implements TestWatcher, ExecutionCondition {

    private static final ExtensionContext.Namespace STEPS = ExtensionContext.Namespace.create(StepByStep.class);

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getParent().orElseThrow().getStore(STEPS).put("failed", context.getDisplayName());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("the class itself");
        }
        Object failed = context.getParent().orElseThrow().getStore(STEPS).get("failed");
        return failed == null ? ConditionEvaluationResult.enabled("no earlier step failed")
                : ConditionEvaluationResult.disabled("skipped: the earlier step " + failed + " failed");
    }
}
