package io.serviceops.complaint.privacy.web;

import io.serviceops.complaint.privacy.PrivacyDesk;
import io.serviceops.complaint.privacy.PrivacyRequest;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/privacy/requests")
@Tag(name = "Personal data", description = "Subject access (export) and erasure requests across every service "
        + "that holds customers' data (DPO or ADMIN)")
class PrivacyRequestController {

    private static final Map<String, String> SORTABLE = Map.of("openedAt", "openedAt", "completedAt", "completedAt");

    private final PrivacyDesk desk;

    PrivacyRequestController(PrivacyDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(summary = "Open an export or erasure request",
            description = "Names the customer by customer id, phone or e-mail (at least one; 400 otherwise). complaint-"
                    + "service, feedback-service and notification-service each answer; kpi-service and training-service "
                    + "hold no customer data. An erasure deletes contact data, replaces customer ids by one pseudonym and "
                    + "redacts free text in every service, and is idempotent: repeated, it finds nothing left. Counts, "
                    + "ratings and scorecards stay as they were.")
    @ApiResponse(responseCode = "201", description = "Opened; follow its progress at Location",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    ResponseEntity<RequestView> open(@Valid @RequestBody OpenRequest request, Principal caller) {
        if (request.namesNobody()) {
            throw new InvalidInput("customerId", "name the customer by customerId, phone or email");
        }
        PrivacyRequest opened = desk.open(request.kind(), request.customerId(), request.phone(), request.email(),
                caller == null ? null : caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/privacy/requests/" + opened.id())).body(RequestView.of(opened));
    }

    @GetMapping
    @Operation(summary = "List requests", description = "Paged and sorted (sort=openedAt|completedAt,asc|desc), newest first.")
    PageView<RequestView> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageView.of(desk.list(Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Order.desc("openedAt")))),
                RequestView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request and each service's progress",
            description = "A complete erasure no longer names the customer: it records who asked, when, the pseudonym "
                    + "and how many records each service erased.")
    RequestView detail(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return RequestView.of(desk.get(id));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Download the export",
            description = "One JSON document: the customer and, per service, everything it holds about them. 409 while "
                    + "a service has not answered, for an erasure, and after the export's data was discarded "
                    + "(serviceops.privacy.exports-kept-for, default 30 days after completion).")
    @ApiResponse(responseCode = "200", description = "The export document (attachment)",
            content = @Content(schema = @Schema(type = "object")))
    ResponseEntity<Map<String, Object>> export(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data-" + id + ".json\"")
                .body(desk.export(id));
    }
}
