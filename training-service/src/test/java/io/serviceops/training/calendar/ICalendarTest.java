package io.serviceops.training.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.training.session.Session;
import io.serviceops.training.session.SessionPlan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void writesOneEventPerSessionWithUtcTimesEscapedTextAndFoldedLines() {
        var plan = new SessionPlan("drill-complaint-handling", "DRILL", "Complaint handling; angry customers, part 2",
                "CUSTOMER_SUPPORT", Instant.parse("2026-11-27T07:00:00Z"), Instant.parse("2026-11-27T08:30:00Z"), 20,
                60, "Room 3, " + "a very long building name that goes on and on and on beyond the line limit");
        var session = Session.schedule("ses-1", plan, true, NOW);

        String ics = ICalendar.of(List.of(session), NOW);

        assertThat(ics).contains("BEGIN:VEVENT\r\nUID:ses-1@training.serviceops\r\nDTSTAMP:20261123T080000Z\r\n"
                + "DTSTART:20261127T070000Z\r\nDTEND:20261127T083000Z\r\n"
                + "SUMMARY:Complaint handling\\; angry customers\\, part 2\r\n");
        assertThat(ics).contains("STATUS:CONFIRMED", "CATEGORIES:CUSTOMER_SUPPORT", "\r\n ");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }
}
