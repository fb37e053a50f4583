package io.serviceops.training.programme.web;

import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.ProgrammeDetails;
import io.serviceops.training.schedule.Recurrence;
import java.time.Instant;

record ProgrammeView(String id, long version, ProgrammeDetails details, Recurrence schedule, Instant createdAt,
        Instant updatedAt) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id(), programme.version(), programme.details(), programme.schedule(),
                programme.createdAt(), programme.updatedAt());
    }
}
