package io.serviceops.feedback.analytics;

/** The length of the periods rows are bucketed in; each maps to a key stored on every document. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER;

    String field() {
        return "period." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
