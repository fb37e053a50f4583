package io.serviceops.kpi.closing;

import io.serviceops.conventions.problem.Conflict;
import io.serviceops.kpi.period.Period;

/** Only a period whose last day is over can be closed. */
public class PeriodNotFinished extends Conflict {

    PeriodNotFinished(Period period) {
        super("The " + period.kind().name().toLowerCase() + " starting " + period.start() + " runs until "
                + period.lastDay() + "; it can be closed after that day.");
    }
}
