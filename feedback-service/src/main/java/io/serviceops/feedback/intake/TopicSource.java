package io.serviceops.feedback.intake;

/** Who decided a response's topic, so an analyst can tell a customer's choice from a keyword guess. */
public enum TopicSource {
    SUBMITTER,
    KEYWORD_RULE,
    COMPLAINT_TYPE,
    DEFAULT
}
