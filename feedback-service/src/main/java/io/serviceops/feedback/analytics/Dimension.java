package io.serviceops.feedback.analytics;

/** What the analytics rows are broken down by, besides the period. */
public enum Dimension {
    NONE(null),
    STORE("storeId"),
    STAFF("staffId"),
    CHANNEL("channel");

    private final String field;

    Dimension(String field) {
        this.field = field;
    }

    /** The document field holding the dimension's value, the same in feedback and invitations. */
    String field() {
        return field;
    }
}
