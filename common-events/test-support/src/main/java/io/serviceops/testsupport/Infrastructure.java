package io.serviceops.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Which real infrastructure the {@link RealInfrastructure} tests of this test JVM use. */
public enum Infrastructure {
    EMBEDDED, CONTAINERS;

    /** {@code embedded} (default) or {@code containers}. */
    public static final String PROPERTY = "serviceops.test.infrastructure";
    /** The JUnit tag of every {@link RealInfrastructure} test: the build's second run (containers) selects it. */
    public static final String TAG = "real-infrastructure";

    public static Infrastructure selected() {
        String value = System.getProperty(PROPERTY, "embedded");
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be 'embedded' or 'containers' (got '" + value + "')", e);
        }
    }

    /** Container infrastructure without a Docker engine: the tests are skipped, not failed. */
    static final class DockerCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (selected() == EMBEDDED) {
                return ConditionEvaluationResult.enabled("embedded infrastructure");
            }
            return DockerClientFactory.instance().isDockerAvailable()
                    ? ConditionEvaluationResult.enabled("containers on Docker")
                    : ConditionEvaluationResult.disabled("no Docker engine: container infrastructure skipped");
        }
    }
}
