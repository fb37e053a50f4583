package io.serviceops.kpi.scorecard.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.ids.Ids;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.fact.SubjectKind;
import io.serviceops.kpi.period.Calendar;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.scorecard.Rankings.Ranking;
import io.serviceops.kpi.scorecard.Rankings;
import io.serviceops.kpi.scorecard.ScorecardService;
import io.serviceops.kpi.scorecard.ScorecardView;
import io.serviceops.kpi.scorecard.Trends.RemedialEffect;
import io.serviceops.kpi.scorecard.Trends;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/kpi")
@Tag(name = "Scorecards", description = "Scorecards per staff member, team and store; rankings; trends")
class ScorecardController {

    private static final String DEFAULT_TEMPLATE = "scorecard-a";

    private final ScorecardService scorecards;
    private final Rankings rankings;
    private final Trends trends;
    private final Calendar calendar;

    ScorecardController(ScorecardService scorecards, Rankings rankings, Trends trends, Calendar calendar) {
        this.scorecards = scorecards;
        this.rankings = rankings;
        this.trends = trends;
        this.calendar = calendar;
    }

    @GetMapping("/scorecards")
    @Operation(summary = "A scorecard: each KPI's raw value, sample size, score and weighted contribution",
            description = "Final (with the template version it was computed with) once the period is closed, "
                    + "else computed live. Team ids are <storeId>:<department>. periodStart defaults to the running period. "
                    + "Per KPI with at least the template's minimumSample cases (default 5; fewer: insufficientData, no "
                    + "score, weight to the others): LINEAR score = clamp((raw − floor) / (target − floor), 0, 1) × 100, "
                    + "PASS_FAIL 100 or 0; contribution = score × weight ÷ (weights of KPIs with enough data); total = "
                    + "Σ contributions. SATISFACTION: average 1–5 rating; RESPONSE_WITHIN_24H: share of complaints "
                    + "first answered within the KPI's limit (default PT24H) of working time, unanswered past it = miss; "
                    + "RESOLUTION_RATE: resolved ÷ handled; HANDLING_EFFICIENCY: share of interactions within the limit "
                    + "(default PT5M); SERVICE_ATTITUDE: share of service-attitude ratings ≥ 4. Response and resolution "
                    + "credit the handler (assignee), ratings whom the feedback names (surveys: the handler). "
                    + "Store scoping (OWASP API1:2023): staff whose identity names stores (X-User-Stores) see the "
                    + "scorecards of those stores, their teams and the staff working there (the store of the staff "
                    + "record, else the stores of the staff member's facts); any other subject answers 404.")
    ScorecardView scorecard(@RequestParam @NotNull(message = "is required") SubjectKind subjectKind,
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subjectId,
            @RequestParam @NotNull(message = "is required") PeriodKind period,
            @Parameter(example = "2026-11-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestParam(defaultValue = DEFAULT_TEMPLATE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String templateId) {
        return scorecards.scorecard(scorecards.visible(new Subject(subjectKind, subjectId)),
                calendar.periodOf(period, periodStart), templateId);
    }

    @GetMapping("/rankings")
    @Operation(operationId = "getRanking", summary = "The staff of a store or team ranked by score, best first",
            description = "Store scoping (OWASP API1:2023): staff whose identity names stores (X-User-Stores) rank "
                    + "only those stores and their teams; another store or team answers 404.")
    PageView<Ranking.Entry> ranking(@RequestParam @NotNull(message = "is required") SubjectKind scopeKind,
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String scopeId,
            @RequestParam @NotNull(message = "is required") PeriodKind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestParam(defaultValue = DEFAULT_TEMPLATE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String templateId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size) {
        if (scopeKind == SubjectKind.STAFF) {
            throw new InvalidInput("scopeKind", "rankings are within a STORE or a TEAM");
        }
        Ranking ranking = rankings.rank(scorecards.visible(new Subject(scopeKind, scopeId)),
                calendar.periodOf(period, periodStart), templateId);
        return PageView.of(ranking.entries(), page, size);
    }

    @GetMapping("/trends")
    @Operation(operationId = "getTrend", summary = "The scorecards of the last periods, oldest first, ending with the running one",
            description = "Store scoping as for a scorecard: a subject outside the caller's stores answers 404.")
    List<ScorecardView> trend(@RequestParam @NotNull(message = "is required") SubjectKind subjectKind,
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subjectId,
            @RequestParam @NotNull(message = "is required") PeriodKind period,
            @RequestParam(defaultValue = DEFAULT_TEMPLATE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String templateId,
            @RequestParam(defaultValue = "6") @Min(value = 1, message = "must be between 1 and 24")
            @Max(value = 24, message = "must be between 1 and 24") int periods) {
        return trends.trend(scorecards.visible(new Subject(subjectKind, subjectId)), period, periods, templateId);
    }

    @GetMapping("/remedial-effects")
    @Operation(operationId = "listRemedialEffects", summary = "Score before and after each remedial training a staff member completed",
            description = "Store scoping as for a scorecard: a staff member outside the caller's stores answers 404.")
    List<RemedialEffect> remedialEffects(
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(defaultValue = "MONTH") PeriodKind period,
            @RequestParam(defaultValue = DEFAULT_TEMPLATE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String templateId) {
        return trends.remedialEffects(scorecards.visible(Subject.staff(staffId)).id(), period, templateId);
    }
}
