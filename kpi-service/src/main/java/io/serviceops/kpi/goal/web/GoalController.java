package io.serviceops.kpi.goal.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.ids.Ids;
import io.serviceops.kpi.goal.Goal.GoalView;
import io.serviceops.kpi.goal.ServiceGoals;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@Validated
@RequestMapping("/api/v1/kpi/goals")
@Tag(name = "Service goals", description = "A store's weekly and monthly KPI targets (服务目标) and its progress")
class GoalController {

    private final ServiceGoals goals;

    GoalController(ServiceGoals goals) {
        this.goals = goals;
    }

    @PostMapping
    @Operation(summary = "Set a goal; a retry with the same Idempotency-Key returns the first goal",
            description = "Staff limited to stores (X-User-Stores) set goals only for one of their stores (400 naming storeId).")
    ResponseEntity<GoalView> set(
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey,
            @Valid @RequestBody NewGoal goal) {
        GoalView created = goals.set(goal.storeId(), goal.kpi(), new Period(goal.period(), goal.periodStart()),
                goal.target(), goal.behaviour(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/kpi/goals/" + created.goalId())).body(created);
    }

    @PutMapping("/{goalId}")
    @Operation(summary = "Change a goal's target and behaviour; send the version you edited", description = StoreScopeDocs.OBJECT)
    GoalView revise(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String goalId,
            @Valid @RequestBody GoalRevision revision) {
        return goals.revise(goalId, revision.version(), revision.target(), revision.behaviour());
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "A goal with its progress", description = StoreScopeDocs.OBJECT)
    GoalView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String goalId) {
        return goals.get(goalId);
    }

    @GetMapping
    @Operation(summary = "A store's goals with their progress, optionally of one period",
            description = StoreScopeDocs.LIST + " Another store's list is empty.")
    PageView<GoalView> list(@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) PeriodKind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("periodStart", "kpi", "createdAt"),
                Sort.by(Sort.Order.desc("periodStart")));
        return PageView.of(goals.list(storeId, period, periodStart, pageable));
    }

    record NewGoal(
            @Schema(example = "store-1") @NotBlank(message = "must not be blank")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @Schema(example = "SATISFACTION") @NotNull(message = "is required") KpiKey kpi,
            @Schema(example = "MONTH") @NotNull(message = "is required") PeriodKind period,
            @Schema(example = "2026-11-01") @NotNull(message = "is required") LocalDate periodStart,
            @Schema(example = "4.5") @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            Double target,
            @Schema(example = "Greet every customer within 10 seconds") @NotBlank(message = "must not be blank")
            @Size(max = 500, message = "must be at most 500 characters") String behaviour) {
    }

    record GoalRevision(
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Double target,
            @NotBlank(message = "must not be blank") @Size(max = 500, message = "must be at most 500 characters")
            String behaviour,
            @Schema(description = "the version you edited") @NotNull(message = "is required") Long version) {
    }
}
