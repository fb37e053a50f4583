package io.serviceops.training.session;

import java.time.Instant;

/** What a new session is: the programme facts copied in, so a later programme edit leaves it alone. */
public record SessionPlan(
        String programmeId,
        String programmeKind,
        String topic,
        String department,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        double passMark,
        String location) {
}
