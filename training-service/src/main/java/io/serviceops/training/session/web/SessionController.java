package io.serviceops.training.session.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.serviceops.training.directory.StaffDirectory;
import io.serviceops.training.session.EnrolmentReason;
import io.serviceops.training.session.Roster;
import io.serviceops.training.session.Session;
import io.serviceops.training.session.Sessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/sessions")
@Tag(name = "Sessions", description = "Concrete sessions, their rosters and enrolment")
class SessionController {

    private static final Map<String, String> SORTABLE = Map.of("startsAt", "plan.startsAt", "topic", "plan.topic");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final Roster roster;
    private final Sessions sessions;
    private final StaffDirectory directory;
    private final Clock clock;

    SessionController(Roster roster, Sessions sessions, StaffDirectory directory, Clock clock) {
        this.roster = roster;
        this.sessions = sessions;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Sessions starting in a range, optionally of one programme")
    PageView<SessionView> list(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String programmeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("plan.startsAt"));
        Instant start = from != null ? from : EARLIEST;
        Instant end = to != null ? to : LATEST;
        var found = programmeId == null ? sessions.findByPlanStartsAtBetween(start, end, pageable)
                : sessions.findByPlanProgrammeIdAndPlanStartsAtBetween(programmeId, start, end, pageable);
        return PageView.of(found, SessionView::of);
    }

    @PostMapping
    @Operation(summary = "Schedule a one-off session of a programme, outside its recurrence")
    ResponseEntity<SessionView> scheduleOneOff(@Valid @RequestBody Requests.OneOffSession request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        if (!request.startsAt().isAfter(clock.instant())) {
            throw new InvalidInput("startsAt", "must be in the future");
        }
        Session session = roster.scheduleOneOff(request.programmeId(), request.startsAt(), request.capacity(),
                request.location(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + session.id()))
                .eTag(Versions.etag(session.version())).body(SessionView.of(session));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One session with its seat count")
    SessionView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return SessionView.of(roster.session(id));
    }

    @GetMapping("/{id}/enrolments")
    @Operation(summary = "The session's roster: seats, waiting list and outcomes, in enrolment order",
            description = "Sessions are the company's, open to every store; the roster names people, so staff limited to "
                    + "stores (X-User-Stores) see only the enrolments of the people their staff records place in those "
                    + "stores. ADMIN and callers without stores see all.")
    List<EnrolmentView> roster(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        Session session = roster.session(id);
        Predicate<String> visible = directory.visibleToCaller();
        return session.enrolments().stream().filter(enrolment -> visible.test(enrolment.staffId()))
                .map(enrolment -> EnrolmentView.of(session, enrolment)).toList();
    }

    @PostMapping("/{id}/enrolments")
    @Operation(operationId = "enrolInSession", summary = "Enrol a staff member; a full session puts them on the waiting list",
            description = "Staff limited to stores (X-User-Stores) enrol only the people their staff records place in "
                    + "those stores; anyone else answers 404 like an unknown staff member.")
    ResponseEntity<EnrolmentView> enrol(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody Requests.Enrol request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        directory.visible(request.staffId());
        var enrolment = roster.enrol(id, "enr-" + UUID.randomUUID(), request.staffId(), EnrolmentReason.REQUESTED,
                null, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/training/enrolments/" + enrolment.id()))
                .body(EnrolmentView.of(roster.session(id), enrolment));
    }
}
