package io.serviceops.kpi.template;

import java.util.List;

/** A template definition that cannot be used, e.g. weights that do not add up to 100 %. */
public class InvalidTemplate extends RuntimeException {

    private final List<Violation> violations;

    InvalidTemplate(List<Violation> violations) {
        super("Invalid template: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String message) {
    }
}
