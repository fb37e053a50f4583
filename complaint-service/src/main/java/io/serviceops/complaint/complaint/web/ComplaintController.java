package io.serviceops.complaint.complaint.web;

import static io.serviceops.complaint.types.ComplaintType.CODE;
import static io.serviceops.complaint.types.ComplaintType.CODE_MESSAGE;

import io.serviceops.complaint.complaint.Channel;
import io.serviceops.complaint.complaint.ComplaintFilter;
import io.serviceops.complaint.complaint.ComplaintIntake;
import io.serviceops.complaint.complaint.ComplaintQueries;
import io.serviceops.complaint.complaint.ComplaintStats;
import io.serviceops.complaint.complaint.ComplaintStatus;
import io.serviceops.complaint.complaint.CustomerTier;
import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.idempotency.IdempotencyKeys;
import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.access.Acting;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Intake, lists, details and dashboard counts")
class ComplaintController {

    private static final Map<String, String> SORTABLE = Map.of("filedAt", "filedAt", "lastChangedAt", "lastChangedAt",
            "status", "status", "priority", "priorityRank", "type", "filing.type", "storeId", "filing.storeId",
            "firstResponseDue", "sla.firstResponse.dueAt", "resolutionDue", "sla.resolution.dueAt");

    private final ComplaintIntake intake;
    private final ComplaintQueries queries;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    ComplaintController(ComplaintIntake intake, ComplaintQueries queries, IdempotencyKeys idempotencyKeys, Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "File a complaint",
            description = "Computes the deadlines from the type's SLA policy and the priority. A retry with the same "
                    + "Idempotency-Key from the same caller returns the response of the first filing as it was then "
                    + "(200, Idempotent-Replayed: true); the same key with another request is refused (422). Keys are "
                    + "scoped to the caller (user, API client, or anonymous), so one caller never sees another's filing.")
    @ApiResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first filing's response",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    ResponseEntity<ComplaintView> file(
            @Parameter(example = "crm-7f3c-0001") @RequestHeader(name = "Idempotency-Key", required = false)
            @Pattern(regexp = IdempotencyKeys.PATTERN, message = IdempotencyKeys.MESSAGE) String idempotencyKey,
            @Valid @RequestBody FileComplaintRequest request, Authentication caller) {
        FilingRights rights = FilingRights.ofCurrentCaller();
        List<FieldError> refused = new ArrayList<>(rights.refusals(request, caller == null ? null : caller.getName()));
        refused.addAll(request.crossFieldErrors());
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        IdempotencyKey key = idempotencyKeys.of(idempotencyKey, request);
        Instant now = clock.instant();
        var filing = intake.file(request.toDraft(rights.defaultChannel()), key, Acting.as(caller).actor(),
                caller == null ? null : caller.getName(),
                filed -> idempotencyKeys.stored(ComplaintView.of(filed, now)));
        ComplaintView view = filing.replayed()
                ? idempotencyKeys.replay(filing.aggregate().idempotency(), key, ComplaintView.class)
                : ComplaintView.of(filing.aggregate(), now);
        return ResponseEntity.status(filing.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/complaints/" + view.id()))
                .eTag(Versions.etag(view.version()))
                .header("Idempotent-Replayed", String.valueOf(filing.replayed()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "List complaints", description = "Paged and sorted (sort=field,asc|desc; fields: "
            + "filedAt, lastChangedAt, status, priority, type, storeId, firstResponseDue, resolutionDue). "
            + StoreScopeDocs.LIST)
    PageView<ComplaintSummary> list(
            @RequestParam(required = false) List<ComplaintStatus> status,
            @RequestParam(required = false) @Pattern(regexp = CODE, message = CODE_MESSAGE) String type,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) CustomerTier tier,
            @Parameter(description = "Only cases with an unmet deadline that has passed (or only those without)")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "Text the description contains (case-insensitive, literal)")
            @RequestParam(required = false) @Size(max = 200, message = "must be at most 200 characters") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var filter = new ComplaintFilter(status, type, storeId, staffId, channel, tier, overdue, from, to, q);
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Order.desc("filedAt")));
        Instant now = clock.instant();
        return PageView.of(queries.search(filter, pageable), complaint -> ComplaintSummary.of(complaint, now));
    }

    @GetMapping("/by-reference/{externalReference}")
    @Operation(summary = "A complaint by the CRM's own reference",
            description = "externalReference is unique per CRM client: an API key finds what it filed itself; staff name "
                    + "the client (the key's client name) with ?client=. " + StoreScopeDocs.OBJECT)
    ResponseEntity<ComplaintView> byReference(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String externalReference,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String client,
            Principal caller) {
        String owner = client != null ? client : caller == null ? null : caller.getName();
        if (owner == null) {
            throw new InvalidInput("client", "is required");
        }
        var complaint = queries.byExternalReference(owner, externalReference);
        return ResponseEntity.ok().eTag(Versions.etag(complaint.version())).body(ComplaintView.of(complaint, clock.instant()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A complaint with its deadlines and audit history", description = StoreScopeDocs.OBJECT)
    ResponseEntity<ComplaintView> detail(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        var complaint = queries.detail(id);
        return ResponseEntity.ok().eTag(Versions.etag(complaint.version())).body(ComplaintView.of(complaint, clock.instant()));
    }

    @GetMapping("/stats")
    @Operation(summary = "Counts for dashboards", description = "By status and type, open, overdue, escalated, "
            + "and SLA breaches per deadline, optionally for one store and a filing period. " + StoreScopeDocs.LIST)
    ComplaintStats stats(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) @Pattern(regexp = CODE, message = CODE_MESSAGE) String type,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        return queries.stats(new ComplaintFilter(null, type, storeId, null, null, null, null, from, to, null));
    }
}
