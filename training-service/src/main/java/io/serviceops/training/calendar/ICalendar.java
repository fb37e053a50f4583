package io.serviceops.training.calendar;

import io.serviceops.training.session.Session;
import io.serviceops.training.session.SessionStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes sessions as an RFC 5545 calendar (one VEVENT each, times in UTC), which any calendar app subscribes to. */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private ICalendar() {
    }

    static String of(List<Session> sessions, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//serviceops//training-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:Training sessions");
        for (Session session : sessions) {
            var plan = session.plan();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + session.id() + "@training.serviceops");
            line(ics, "DTSTAMP:" + UTC.format(stamp));
            line(ics, "DTSTART:" + UTC.format(plan.startsAt()));
            line(ics, "DTEND:" + UTC.format(plan.endsAt()));
            line(ics, "SUMMARY:" + text(plan.topic()));
            line(ics, "DESCRIPTION:" + text(plan.programmeKind() + " of programme " + plan.programmeId() + ", "
                    + session.seatsTaken() + "/" + plan.capacity() + " seats taken"));
            if (plan.location() != null) {
                line(ics, "LOCATION:" + text(plan.location()));
            }
            if (plan.department() != null) {
                line(ics, "CATEGORIES:" + text(plan.department()));
            }
            line(ics, "STATUS:" + (session.status() == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes TEXT values as RFC 5545 §3.3.11 requires. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Folds lines longer than 75 characters, continuing with a space (RFC 5545 §3.1). */
    private static void line(StringBuilder ics, String content) {
        String rest = content;
        while (rest.length() > 75) {
            ics.append(rest, 0, 75).append(CRLF);
            rest = " " + rest.substring(75);
        }
        ics.append(rest).append(CRLF);
    }
}
