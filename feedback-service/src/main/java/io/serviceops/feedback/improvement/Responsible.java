package io.serviceops.feedback.improvement;

/** Who answers for an action: a department, a person, or both. */
public record Responsible(String department, String person) {
}
