package io.serviceops.complaint.sla;

import java.time.Duration;
import java.util.Map;

/** What an operator sets when revising a type's policy; becomes the next version. */
public record SlaPolicyDraft(Duration firstResponse, Duration resolution, Map<Priority, Integer> percentByPriority,
        int atRiskPercent, int escalatePercent, BusinessCalendar calendar, Duration confirmationWindow) {
}
