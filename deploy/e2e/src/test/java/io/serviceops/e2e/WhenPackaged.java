package io.serviceops.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the scenario, saying why, when the jars run.sh --no-build needs are not packaged yet (e.g.
 * {@code -pl deploy/e2e} on a fresh clone). Not checked against an already running stack.
 */
class WhenPackaged implements ExecutionCondition {

    static Path repo() {
        return Path.of(System.getProperty("serviceops.repo.root", "../..")).toAbsolutePath().normalize();
    }

    static boolean againstRunningStack() {
        return "running".equals(System.getProperty("serviceops.e2e.stack"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = againstRunningStack() ? List.of() : LocalStack.missingJars(repo());
        return missing.isEmpty() ? ConditionEvaluationResult.enabled("the jars are packaged")
                : ConditionEvaluationResult.disabled("Skipping the end-to-end scenario: not packaged yet: " + missing
                        + ". Run it in the reactor (./mvnw verify) or after ./mvnw -DskipTests package.");
    }
}
