package io.serviceops.training.assignment.web;

import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.ids.Ids;
import io.serviceops.training.assignment.AssignmentSearch;
import io.serviceops.training.session.EnrolmentReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Assignments", description = "Remedial and mandatory training assigned by the service, with the reason")
class AssignmentController {

    private static final Map<String, String> SORTABLE = Map.of("assignedAt", "assignedAt", "staffId", "staffId");

    private final AssignmentSearch assignments;

    AssignmentController(AssignmentSearch assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/training/assignments")
    @Operation(summary = "Assigned training, newest first, by staff member and/or reason (supervisor view)",
            description = "Store scoping (OWASP API1:2023): a caller whose identity names stores (X-User-Stores) sees "
                    + "the assignments of the staff whose training staff record places them in those stores; ADMIN "
                    + "and callers without stores see all.")
    PageView<AssignmentView> list(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(required = false) EnrolmentReason reason,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "assignedAt"));
        return PageView.of(assignments.find(staffId, reason, pageable), AssignmentView::of);
    }
}
