package io.serviceops.complaint.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The deadline maths, as a pure function of the clock's events (start and pauses), the calendar and
 * the policy version's terms. Time counts only on the calendar's hours and not while paused.
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    public static Map<DeadlineKind, Thresholds> deadlines(Instant startedAt, List<Pause> pauses, SlaTerms terms) {
        Map<DeadlineKind, Thresholds> result = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            Duration budget = terms.budget(kind);
            Instant due = dueAfter(startedAt, pauses, terms.calendar(), budget);
            result.put(kind, due == null ? Thresholds.PAUSED : new Thresholds(
                    dueAfter(startedAt, pauses, terms.calendar(), share(budget, terms.atRiskPercent())),
                    dueAfter(startedAt, pauses, terms.calendar(), share(budget, terms.escalatePercent())),
                    due));
        }
        return result;
    }

    /**
     * When {@code budget} of counted time has run after {@code start}, skipping pauses; null when the
     * budget would only run out after an open pause, i.e. the clock is standing still.
     */
    public static Instant dueAfter(Instant start, List<Pause> pauses, BusinessCalendar calendar, Duration budget) {
        Instant cursor = start;
        Duration remaining = budget;
        List<Pause> ordered = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        for (Pause pause : ordered) {
            Instant candidate = calendar.plus(cursor, remaining);
            if (!pause.from().isBefore(candidate)) {
                return candidate;
            }
            remaining = remaining.minus(calendar.between(cursor, pause.from()));
            if (pause.isOpen()) {
                return null;
            }
            cursor = pause.until().isAfter(cursor) ? pause.until() : cursor;
        }
        return calendar.plus(cursor, remaining);
    }

    private static Duration share(Duration budget, int percent) {
        return budget.multipliedBy(percent).dividedBy(100);
    }
}
