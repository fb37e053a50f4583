package io.serviceops.training.session.web;

import io.serviceops.training.session.Session;
import io.serviceops.training.session.SessionStatus;
import java.time.Instant;

record SessionView(String id, long version, String programmeId, String programmeKind, String topic,
        String department, Instant startsAt, Instant endsAt, String location, int capacity, int seatsTaken,
        long waiting, double passMark, SessionStatus status, boolean generated) {

    static SessionView of(Session session) {
        var plan = session.plan();
        return new SessionView(session.id(), session.version(), plan.programmeId(), plan.programmeKind(), plan.topic(),
                plan.department(), plan.startsAt(), plan.endsAt(), plan.location(), plan.capacity(),
                session.seatsTaken(), session.waiting(), plan.passMark(), session.status(), session.generated());
    }
}
