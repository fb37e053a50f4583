package io.serviceops.training.session.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.session.Enrolment;
import io.serviceops.training.session.Roster;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/enrolments/{id}")
@Tag(name = "Enrolments", description = "Cancellation, attendance and assessment of one enrolment. Staff limited to "
        + "stores (X-User-Stores) reach only the enrolments of the people their staff records place in those stores; "
        + "any other answers 404 like a missing one.")
class EnrolmentController {

    private final Roster roster;

    EnrolmentController(Roster roster) {
        this.roster = roster;
    }

    @GetMapping
    @Operation(summary = "One enrolment")
    EnrolmentView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        var session = roster.sessionOf(id);
        return EnrolmentView.of(session, session.enrolment(id));
    }

    @PostMapping("/cancellation")
    @Operation(summary = "Cancel a seat or waiting place; the first on the waiting list takes a freed seat")
    EnrolmentView cancel(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return view(id, roster.cancel(id));
    }

    @PutMapping("/attendance")
    @Operation(operationId = "recordAttendance", summary = "Record whether the staff member attended (once the session has started)")
    EnrolmentView attendance(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody Requests.Attendance request) {
        return view(id, roster.recordAttendance(id, request.attended()));
    }

    @PutMapping("/assessment")
    @Operation(operationId = "recordAssessment", summary = "Mark the assessment; a score at or above the pass mark completes the training")
    EnrolmentView assessment(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody Requests.Assessment request) {
        return view(id, roster.assess(id, request.score()));
    }

    private EnrolmentView view(String id, Enrolment enrolment) {
        return EnrolmentView.of(roster.sessionOf(id), enrolment);
    }
}
