package io.serviceops.training.schedule;

/** The invariants of a {@link Recurrence}, checked before it is stored or expanded. */
final class Recurrences {

    private Recurrences() {
    }

    static void check(Recurrence recurrence) {
        require(recurrence.frequency() != null, "frequency", "must be set");
        require(recurrence.startDate() != null, "startDate", "must be set");
        require(recurrence.startTime() != null, "startTime", "must be set");
        require(recurrence.zone() != null, "zone", "must be set");
        if (recurrence.frequency() == Frequency.RRULE) {
            require(recurrence.rrule() != null && !recurrence.rrule().isBlank(), "rrule",
                    "is required when frequency is RRULE");
            return;
        }
        boolean byDay = recurrence.dayOfMonth() != null;
        boolean byWeekday = recurrence.weekOfMonth() != null || recurrence.dayOfWeek() != null;
        require(byDay != byWeekday, "dayOfMonth", "give either dayOfMonth or weekOfMonth with dayOfWeek");
        if (byDay) {
            require(recurrence.dayOfMonth() >= 1 && recurrence.dayOfMonth() <= 31, "dayOfMonth",
                    "must be between 1 and 31");
        } else {
            require(recurrence.dayOfWeek() != null, "dayOfWeek", "is required with weekOfMonth");
            Integer week = recurrence.weekOfMonth();
            require(week != null && (week == -1 || (week >= 1 && week <= 4)), "weekOfMonth",
                    "must be 1 to 4, or -1 for the last one of the month");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRecurrence(field, message);
        }
    }
}
