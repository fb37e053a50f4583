package io.serviceops.feedback.improvement.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.idempotency.IdempotencyKeys;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.feedback.improvement.ActionFilter;
import io.serviceops.feedback.improvement.ActionStatus;
import io.serviceops.feedback.improvement.ImprovementAction;
import io.serviceops.feedback.improvement.ImprovementPlan;
import io.serviceops.feedback.improvement.Responsible;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/improvement-actions")
@Tag(name = "Improvement actions", description = "改进措施: measures taken because of feedback and complaints, tracked to verification")
class ImprovementActionController {

    /** Department and person names are free text, but a filter value must not look like a MongoDB operator. */
    private static final String NAME = "^[^$]{1,100}$";
    private static final String NAME_MESSAGE = "must be 1-100 characters and not start with $";
    private static final Set<String> SORTABLE = Set.of("dueDate", "createdAt", "updatedAt", "status");

    private final ImprovementPlan plan;
    private final IdempotencyKeys idempotencyKeys;

    ImprovementActionController(ImprovementPlan plan, IdempotencyKeys idempotencyKeys) {
        this.plan = plan;
        this.idempotencyKeys = idempotencyKeys;
    }

    @PostMapping
    @Operation(summary = "Plan an improvement action", description = "A retry with the same Idempotency-Key from the "
            + "same caller returns the first response as it was (Idempotent-Replayed: true); the same key with another "
            + "request is refused (422). Linked feedback of another store than the caller's answers 404. "
            + StoreScopeDocs.OBJECT)
    ResponseEntity<ActionView> plan(@Valid @RequestBody ActionRequests.NewAction request,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKey key = idempotencyKeys.of(idempotencyKey, request);
        var planned = plan.plan(request.measure(),
                new Responsible(request.responsibleDepartment(), request.responsiblePerson()), request.dueDate(),
                Objects.requireNonNullElse(request.feedbackIds(), List.of()),
                Objects.requireNonNullElse(request.complaintIds(), List.of()), request.storeId(), key,
                action -> idempotencyKeys.stored(ActionView.of(action, plan.today())));
        ActionView view = planned.replayed()
                ? idempotencyKeys.replay(planned.aggregate().idempotency(), key, ActionView.class)
                : ActionView.of(planned.aggregate(), plan.today());
        return ResponseEntity.created(URI.create("/api/v1/improvement-actions/" + view.id()))
                .eTag("\"" + view.version() + "\"").header("Idempotent-Replayed", String.valueOf(planned.replayed()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "Search actions", description = "overdue=true lists open actions past their due date. "
            + StoreScopeDocs.LIST)
    PageView<ActionView> list(@RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) @Pattern(regexp = NAME, message = NAME_MESSAGE) String department,
            @RequestParam(required = false) @Pattern(regexp = NAME, message = NAME_MESSAGE) String person,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String feedbackId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String complaintId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var filter = new ActionFilter(status, department, person, feedbackId, complaintId, overdue);
        var today = plan.today();
        return PageView.of(plan.find(filter, Paging.of(page, size, sort, SORTABLE, Sort.by("dueDate"))),
                action -> ActionView.of(action, today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An improvement action", description = StoreScopeDocs.OBJECT)
    ResponseEntity<ActionView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        ImprovementAction action = plan.find(id);
        return ResponseEntity.ok().eTag(etag(action)).body(ActionView.of(action, plan.today()));
    }

    @PutMapping("/{id}/status")
    @Operation(operationId = "moveImprovementAction", summary = "Move the action on", description = "PLANNED → IN_PROGRESS → DONE → VERIFIED; DONE may go back to "
            + "IN_PROGRESS when verification fails. 409 for other moves, 412 on a stale If-Match.")
    ResponseEntity<ActionView> moveTo(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.StatusChange request) {
        ImprovementAction action = plan.moveTo(id, Versions.fromIfMatch(ifMatch), request.status());
        return ResponseEntity.ok().eTag(etag(action)).body(ActionView.of(action, plan.today()));
    }

    @PutMapping("/{id}/outcome")
    @Operation(operationId = "shareImprovementOutcome", summary = "Record the outcome told back to customers (向顾客反馈改进情况)", description = "Once DONE or VERIFIED.")
    ResponseEntity<ActionView> shareOutcome(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActionRequests.Outcome request) {
        ImprovementAction action = plan.shareOutcome(id, Versions.fromIfMatch(ifMatch), request.outcome());
        return ResponseEntity.ok().eTag(etag(action)).body(ActionView.of(action, plan.today()));
    }

    private static String etag(ImprovementAction action) {
        return "\"" + (action.version() == null ? 0 : action.version()) + "\"";
    }
}
