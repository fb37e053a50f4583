package io.serviceops.kpi.period;

import io.serviceops.conventions.problem.InvalidInput;
import java.time.LocalDate;

/** A date that does not begin a period of its kind (weeks begin on Monday, quarters in Jan/Apr/Jul/Oct). */
public class NotAPeriodStart extends InvalidInput {

    public NotAPeriodStart(PeriodKind kind, LocalDate start) {
        super("periodStart", start + " does not start a " + kind.name().toLowerCase() + "; the "
                + kind.name().toLowerCase() + " containing it starts on " + kind.startOf(start) + ".");
    }
}
