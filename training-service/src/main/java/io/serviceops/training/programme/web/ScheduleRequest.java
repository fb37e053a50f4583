package io.serviceops.training.programme.web;

import io.serviceops.training.schedule.Frequency;
import io.serviceops.training.schedule.InvalidRecurrence;
import io.serviceops.training.schedule.Recurrence;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

@Schema(description = "When sessions recur. Give dayOfMonth, or weekOfMonth (1-4, -1 = last) with dayOfWeek; "
        + "or frequency RRULE with an RFC 5545 rule.")
record ScheduleRequest(
        @NotNull(message = "is required: MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY or RRULE")
        @Schema(example = "MONTHLY") Frequency frequency,
        @NotNull(message = "is required") @Schema(example = "2026-01-01") LocalDate startDate,
        @NotNull(message = "is required") @Schema(example = "10:00") LocalTime startTime,
        @NotBlank(message = "is required, e.g. Asia/Shanghai") @Size(max = 60) @Schema(example = "Asia/Shanghai")
        String zone,
        Integer dayOfMonth,
        Integer weekOfMonth,
        @Schema(example = "MONDAY") DayOfWeek dayOfWeek,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(example = "FREQ=MONTHLY;BYDAY=1MO") String rrule,
        @Schema(description = "The programme version the change is based on; If-Match works too") Long version) {

    Recurrence toRecurrence() {
        return new Recurrence(frequency, startDate, startTime, zoneId(), dayOfMonth, weekOfMonth, dayOfWeek, rrule);
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidRecurrence("zone", "is not a known time zone, e.g. Asia/Shanghai");
        }
    }
}
