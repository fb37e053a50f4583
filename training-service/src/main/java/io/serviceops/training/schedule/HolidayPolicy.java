package io.serviceops.training.schedule;

/** What happens to a session that falls on a holiday. */
public enum HolidayPolicy {
    /** The session is dropped. */
    SKIP,
    /** The session moves to the next day that is neither a weekend day nor a holiday. */
    NEXT_WORKING_DAY
}
