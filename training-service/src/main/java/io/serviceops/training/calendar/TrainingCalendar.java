package io.serviceops.training.calendar;

import io.serviceops.training.session.Session;
import io.serviceops.training.session.SessionStatus;
import io.serviceops.training.session.Sessions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The sessions in a date range, optionally for one department (sessions open to every department
 * included). Withdrawn sessions stay in, marked cancelled, so subscribed calendars drop them.
 */
@Service
public class TrainingCalendar {

    public record Entry(String sessionId, String programmeId, String programmeKind, String topic, String department,
            Instant startsAt, Instant endsAt, String location, int capacity, int seatsTaken, SessionStatus status) {

        static Entry of(Session session) {
            var plan = session.plan();
            return new Entry(session.id(), plan.programmeId(), plan.programmeKind(), plan.topic(), plan.department(),
                    plan.startsAt(), plan.endsAt(), plan.location(), plan.capacity(), session.seatsTaken(),
                    session.status());
        }
    }

    private final Sessions sessions;
    private final Clock clock;

    TrainingCalendar(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public List<Entry> entries(Instant from, Instant to, String department) {
        return sessions(from, to, department).stream().map(Entry::of).toList();
    }

    public String ics(Instant from, Instant to, String department) {
        return ICalendar.of(sessions(from, to, department), clock.instant());
    }

    private List<Session> sessions(Instant from, Instant to, String department) {
        return sessions.findByPlanStartsAtBetween(from, to, Sort.by("plan.startsAt")).stream()
                .filter(session -> department == null || session.plan().department() == null
                        || department.equals(session.plan().department()))
                .toList();
    }
}
