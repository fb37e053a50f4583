package io.serviceops.training.calendar.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.ids.Ids;
import io.serviceops.training.TrainingProperties;
import io.serviceops.training.calendar.TrainingCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Calendar", description = "Sessions in a date range, as JSON or as an iCalendar feed. Sessions are the "
        + "company's, open to every store, and name no one, so every caller sees the same calendar (rosters are "
        + "store-scoped: GET /sessions/{id}/enrolments).")
class CalendarController {

    private static final Duration LONGEST_RANGE = Duration.ofDays(400);
    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final TrainingCalendar calendar;
    private final TrainingProperties properties;
    private final Clock clock;

    CalendarController(TrainingCalendar calendar, TrainingProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/api/v1/training/calendar")
    @Operation(operationId = "getTrainingCalendar", summary = "Sessions starting in [from, to) (default: now to the generation horizon), at most 400 days")
    List<TrainingCalendar.Entry> entries(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String department) {
        return calendar.entries(start(from), checkedEnd(from, to), department);
    }

    @GetMapping("/api/v1/training/calendar.ics")
    @Operation(operationId = "getTrainingCalendarFeed", summary = "The same sessions as an iCalendar (RFC 5545) feed to subscribe to")
    ResponseEntity<String> ics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String department) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .body(calendar.ics(start(from), checkedEnd(from, to), department));
    }

    private Instant start(Instant from) {
        return from != null ? from : clock.instant();
    }

    private Instant checkedEnd(Instant from, Instant to) {
        Instant end = to != null ? to : start(from).plus(properties.horizon());
        if (!end.isAfter(start(from))) {
            throw new InvalidInput("to", "must be after 'from'");
        }
        if (Duration.between(start(from), end).compareTo(LONGEST_RANGE) > 0) {
            throw new InvalidInput("to", "the range may span at most 400 days");
        }
        return end;
    }
}
