package io.serviceops.training.assignment.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.assignment.RemedialPolicy;
import io.serviceops.training.assignment.RemedialRule;
import io.serviceops.training.assignment.RemedialTrigger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/remedial-rules")
@Tag(name = "Remedial rules", description = "Which programme remedies a weak KPI or a complaint root cause")
class RemedialRuleController {

    record RuleView(RemedialTrigger trigger, String match, String programmeId, Instant updatedAt) {

        static RuleView of(RemedialRule rule) {
            return new RuleView(rule.trigger(), rule.match(), rule.programmeId(), rule.updatedAt());
        }
    }

    record RuleRequest(@NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "drill-complaint-handling") String programmeId) {
    }

    private final RemedialPolicy policy;

    RemedialRuleController(RemedialPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "Every rule, by trigger and match")
    List<RuleView> all() {
        return policy.all().stream().map(RuleView::of).toList();
    }

    @PutMapping("/{trigger}/{match}")
    @Operation(operationId = "setRemedialRule", summary = "Map a weak KPI (trigger PERFORMANCE_ALERT) or a root cause (COMPLAINT_ROOT_CAUSE) to a programme")
    RuleView put(@PathVariable RemedialTrigger trigger,
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String match,
            @Valid @RequestBody RuleRequest request) {
        return RuleView.of(policy.put(trigger, match, request.programmeId()));
    }

    @DeleteMapping("/{trigger}/{match}")
    @Operation(summary = "Stop assigning training for this KPI or root cause")
    ResponseEntity<Void> remove(@PathVariable RemedialTrigger trigger,
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String match) {
        policy.remove(trigger, match);
        return ResponseEntity.noContent().build();
    }
}
