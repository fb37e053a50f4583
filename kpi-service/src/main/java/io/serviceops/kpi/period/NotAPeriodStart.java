package io.serviceops.kpi.period;

import java.time.LocalDate;

/** A date that does not begin a period of its kind (weeks begin on Monday, quarters in Jan/Apr/Jul/Oct). */
public class NotAPeriodStart extends RuntimeException {

    public NotAPeriodStart(PeriodKind kind, LocalDate start) {
        super(start + " does not start a " + kind.name().toLowerCase() + "; the "
                + kind.name().toLowerCase() + " containing it starts on " + kind.startOf(start) + ".");
    }
}
