package io.serviceops.complaint.complaint.web;


import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintWorkflow;
import io.serviceops.conventions.access.Acting;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle actions, recorded in the history under the caller the gateway authenticated. Each answers with the changed complaint and its ETag; send that ETag as
 * If-Match to be sure nobody changed the case in between (412 otherwise). An action the current
 * status does not allow is a 409.
 */
@RestController
@RequestMapping("/api/v1/complaints/{id}")
@Tag(name = "Complaint lifecycle", description = "assign → root cause → respond → resolve → confirm / reopen → closed")
class ComplaintActionsController {

    private final ComplaintWorkflow workflow;
    private final Clock clock;

    ComplaintActionsController(ComplaintWorkflow workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    @PostMapping("/assign")
    @Operation(summary = "Assign to a department and a responsible person (also reassigns)")
    ResponseEntity<ComplaintView> assign(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Assign body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.assign(body.department(), body.assigneeId(), actor(caller), at));
    }

    @PostMapping({"/root-cause", "/investigate"})
    @Operation(operationId = "recordRootCause", summary = "Record the root cause found by the investigation")
    ResponseEntity<ComplaintView> investigate(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Investigate body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.investigate(body.rootCause(), body.findings(), actor(caller), at));
    }

    @PostMapping("/respond")
    @Operation(operationId = "respondToComplaint", summary = "Answer the customer; the first answer meets the first-response deadline")
    ResponseEntity<ComplaintView> respond(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Respond body, Authentication caller) {
        Acting acting = Acting.as(caller, body.respondedBy(), "respondedBy");
        return act(id, ifMatch, (complaint, at) -> complaint.respond(body.message(), acting.actor(), acting.onBehalfOf(), at));
    }

    @PostMapping("/wait-for-customer")
    @Operation(operationId = "waitForCustomer", summary = "Wait on the customer: the SLA clock pauses")
    ResponseEntity<ComplaintView> waitForCustomer(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Reason body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.waitForCustomer(body.reason(), actor(caller), at));
    }

    @PostMapping("/resume")
    @Operation(summary = "The customer answered: the SLA clock runs again and the deadlines move by the pause")
    ResponseEntity<ComplaintView> resume(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) ActionRequests.Note body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.resume(note(body), actor(caller), at));
    }

    @PostMapping("/resolve")
    @Operation(summary = "Resolve with root cause and handling")
    ResponseEntity<ComplaintView> resolve(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Resolve body, Authentication caller) {
        Acting acting = Acting.as(caller, body.resolvedBy(), "resolvedBy");
        return act(id, ifMatch, (complaint, at) -> complaint.resolve(body.rootCause(), body.handling(), body.summary(),
                acting.actor(), acting.onBehalfOf(), at));
    }

    @PostMapping("/confirm")
    @Operation(summary = "The customer accepted the resolution: the complaint is closed")
    ResponseEntity<ComplaintView> confirm(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) ActionRequests.Note body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.confirm(note(body), actor(caller), at));
    }

    @PostMapping("/reopen")
    @Operation(summary = "The customer did not accept the resolution: back to investigation")
    ResponseEntity<ComplaintView> reopen(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Reason body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.reopen(body.reason(), actor(caller), at));
    }

    @PostMapping("/close")
    @Operation(summary = "Close a resolved complaint without the customer's confirmation (e.g. no answer in time)")
    ResponseEntity<ComplaintView> close(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Reason body, Authentication caller) {
        return act(id, ifMatch, (complaint, at) -> complaint.close(body.reason(), actor(caller), at));
    }

    private ResponseEntity<ComplaintView> act(String id, String ifMatch, BiConsumer<Complaint, Instant> action) {
        Complaint changed = workflow.change(id, Versions.fromIfMatch(ifMatch), action);
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(ComplaintView.of(changed, clock.instant()));
    }

    private static String actor(Authentication caller) {
        return Acting.as(caller).actor();
    }

    private static String note(ActionRequests.Note body) {
        return body == null ? null : body.note();
    }
}
