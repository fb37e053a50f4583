package io.serviceops.training.session;

import io.serviceops.training.TrainingProperties;
import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.ProgrammeScheduleChanged;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.schedule.RecurrenceExpander;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Keeps each programme's sessions generated up to the horizon. A session's id comes from the
 * programme and the slot the rule gave (before any holiday move), so generating twice creates nothing
 * new; future generated sessions the rule no longer gives are withdrawn unless attendance began.
 */
@Service
public class SessionGenerator {

    private static final Logger log = LoggerFactory.getLogger(SessionGenerator.class);
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    private final Programmes programmes;
    private final Sessions sessions;
    private final TrainingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionGenerator(Programmes programmes, Sessions sessions, TrainingProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** One pass over every scheduled programme; returns how many sessions were created. */
    public int generateAll() {
        int created = programmes.findByScheduleNotNull().stream().mapToInt(this::generate).sum();
        events.publishEvent(new SessionsGenerated(created));
        return created;
    }

    @EventListener
    void onScheduleChanged(ProgrammeScheduleChanged changed) {
        int created = generate(changed.programme());
        events.publishEvent(new SessionsGenerated(created));
    }

    int generate(Programme programme) {
        Instant now = clock.instant();
        Map<String, ZonedDateTime> wanted = wantedSessions(programme, now);
        List<String> withdrawn = new ArrayList<>();
        for (Session existing : sessions.findByPlanProgrammeIdAndPlanStartsAtAfter(programme.id(), now)) {
            boolean stillWanted = wanted.remove(existing.id()) != null;
            if (stillWanted ? existing.reinstate(now) : existing.withdraw(now)) {
                sessions.save(existing);
                if (!stillWanted) {
                    withdrawn.add(existing.id());
                }
            }
        }
        int created = (int) wanted.entrySet().stream()
                .filter(slot -> insert(slot.getKey(), programme, slot.getValue(), now)).count();
        if (!withdrawn.isEmpty()) {
            events.publishEvent(new SessionsWithdrawn(withdrawn));
        }
        return created;
    }

    private Map<String, ZonedDateTime> wantedSessions(Programme programme, Instant now) {
        Map<String, ZonedDateTime> wanted = new LinkedHashMap<>();
        if (programme.schedule() == null) {
            return wanted;
        }
        var calendar = properties.holidayCalendar();
        for (ZonedDateTime slot : RecurrenceExpander.between(programme.schedule(), now, now.plus(properties.horizon()))) {
            calendar.adjust(slot).filter(start -> start.toInstant().isAfter(now))
                    .ifPresent(start -> wanted.put(sessionId(programme, slot), start));
        }
        return wanted;
    }

    private boolean insert(String id, Programme programme, ZonedDateTime start, Instant now) {
        var details = programme.details();
        Instant startsAt = start.toInstant();
        var plan = new SessionPlan(programme.id(), details.kind().name(), details.topic(), programme.department(),
                startsAt, startsAt.plus(Duration.ofMinutes(details.durationMinutes())), details.capacity(),
                details.passMark(), null);
        try {
            sessions.insert(Session.schedule(id, plan, true, now));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            log.debug("Session {} was generated concurrently", id);
            return false;
        }
    }

    static String sessionId(Programme programme, ZonedDateTime slot) {
        return "ses-" + programme.id() + "-" + SLOT.format(slot);
    }
}
