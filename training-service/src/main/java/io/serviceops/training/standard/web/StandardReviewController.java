package io.serviceops.training.standard.web;

import io.serviceops.training.standard.StandardAuthoring;
import io.serviceops.training.standard.StandardReading;
import io.serviceops.training.standard.web.StandardRequests.DecisionRequest;
import io.serviceops.training.standard.web.StandardRequests.ReviewRequest;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/standards")
@Tag(name = "Standards review", description = "Review by the departments concerned and by experts (审核)")
class StandardReviewController {

    private final StandardAuthoring authoring;
    private final StandardReading reading;

    StandardReviewController(StandardAuthoring authoring, StandardReading reading) {
        this.authoring = authoring;
        this.reading = reading;
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Submit the DRAFT for review by named reviewers (DRAFT → IN_REVIEW)")
    StandardView submit(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody ReviewRequest request, Authentication caller) {
        return StandardView.of(authoring.submitForReview(id, request.toReviewers(), request.effectiveFrom(),
                Callers.of(caller)));
    }

    @PostMapping("/{id}/review/decisions")
    @Operation(summary = "A named reviewer approves or requests changes (with a comment, back to DRAFT); "
            + "the last required approval publishes the version and supersedes the one in force")
    StandardView decide(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody DecisionRequest request, Authentication caller) {
        DecisionRequest decision = request.checked();
        return StandardView.of(authoring.decide(id, decision.decision(), decision.comment(), Callers.of(caller)));
    }

    @GetMapping("/reviews/overdue")
    @Operation(operationId = "listOverdueStandardReviews", summary = "Standards whose review date has passed (定期更新), oldest first")
    List<StandardView> overdue() {
        return reading.reviewsOverdue().stream().map(StandardView::of).toList();
    }
}
