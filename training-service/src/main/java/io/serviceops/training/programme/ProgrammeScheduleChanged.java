package io.serviceops.training.programme;

/** Published inside the service when a programme's recurrence changed, so its sessions follow. */
public record ProgrammeScheduleChanged(Programme programme) {
}
