package io.serviceops.training.schedule;

/** How often a programme recurs (培训频次); {@link #RRULE} defers to an RFC 5545 rule. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12), RRULE(0);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    int months() {
        return months;
    }
}
