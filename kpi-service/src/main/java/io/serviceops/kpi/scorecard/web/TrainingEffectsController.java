package io.serviceops.kpi.scorecard.web;

import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.scorecard.TrainingEffectMetrics;
import io.serviceops.kpi.scorecard.TrainingEffects;
import io.serviceops.kpi.scorecard.TrainingEffects.ProgrammeEffect;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/kpi")
@Tag(name = "Scorecards")
class TrainingEffectsController {

    private final TrainingEffects effects;
    private final TrainingEffectMetrics metrics;

    TrainingEffectsController(TrainingEffects effects, TrainingEffectMetrics metrics) {
        this.effects = effects;
        this.metrics = metrics;
    }

    @GetMapping("/training-effects")
    @Operation(summary = "Does the training work? Per remedial programme and trigger, scores before and after",
            description = "For each programme and trigger (PERFORMANCE_ALERT, COMPLAINT_ROOT_CAUSE): how many staff "
                    + "completed it, and per KPI of the template (and TOTAL) the 0–100 scores of the trained staff in the "
                    + "period before the one they completed it in and in the period after, beside staff who had not taken "
                    + "it and scored within ±10 points (default) of a trained one before: median, spread (interquartile "
                    + "range) and sample size; below the template's minimum sample (default 5) only the size, with "
                    + "insufficientData.")
    List<ProgrammeEffect> report(@RequestParam(defaultValue = "MONTH") PeriodKind period,
            @RequestParam(defaultValue = "scorecard-a") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String templateId) {
        List<ProgrammeEffect> report = effects.report(period, templateId);
        if (period == PeriodKind.MONTH && TrainingEffectMetrics.TEMPLATE.equals(templateId)) {
            metrics.record(report);
        }
        return report;
    }
}
