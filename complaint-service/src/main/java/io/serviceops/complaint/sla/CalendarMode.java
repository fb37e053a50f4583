package io.serviceops.complaint.sla;

/** Whether a deadline runs on every hour of the clock or only on the business calendar's working hours. */
public enum CalendarMode {
    CALENDAR_HOURS, BUSINESS_HOURS
}
