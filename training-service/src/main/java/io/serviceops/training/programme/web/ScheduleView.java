package io.serviceops.training.programme.web;

import io.serviceops.training.programme.Programme;
import io.serviceops.training.schedule.Recurrence;

record ScheduleView(String programmeId, long version, Recurrence recurrence) {

    static ScheduleView of(Programme programme) {
        return new ScheduleView(programme.id(), programme.version(), programme.schedule());
    }
}
