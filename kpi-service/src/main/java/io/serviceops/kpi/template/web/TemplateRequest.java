package io.serviceops.kpi.template.web;

import io.serviceops.ids.Ids;
import io.serviceops.kpi.template.KpiKey;
import io.serviceops.kpi.template.KpiRule;
import io.serviceops.kpi.template.ScoringRule;
import io.serviceops.kpi.template.TemplateDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A template's definition as an operator sends it: {@code templateId} names a new one, {@code version}
 * is the one an edit is based on.
 */
record TemplateRequest(
        @Schema(example = "front-desk-monthly", description = "required when creating")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String templateId,
        @Schema(example = "Front desk monthly") @NotBlank(message = "must not be blank")
        @Size(max = 120, message = "must be at most 120 characters") String name,
        @Schema(example = "60") @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100") Double threshold,
        @Schema(description = "scored at period close; default true") Boolean active,
        @NotEmpty(message = "must name at least one KPI") @Size(max = 20, message = "must have at most 20 KPIs")
        List<@Valid @NotNull(message = "must not be null") Rule> kpis,
        @Schema(description = "the version this edit is based on (or send If-Match)") Integer version) {

    TemplateDefinition definition() {
        return new TemplateDefinition(name, threshold, active == null || active,
                kpis.stream().map(Rule::toRule).toList());
    }

    record Rule(
            @Schema(example = "SATISFACTION") @NotNull(message = "is required") KpiKey kpi,
            @Schema(example = "40") @NotNull(message = "is required") @Positive(message = "must be positive")
            @DecimalMax(value = "100", message = "must be at most 100") Double weight,
            @Schema(example = "5") @NotNull(message = "is required") Double target,
            @Schema(example = "1", description = "where a LINEAR score is 0 and a gate trips") Double floor,
            @Schema(description = "LINEAR (default) or PASS_FAIL") ScoringRule rule,
            @Schema(description = "a critical KPI at or below its floor zeroes the score") Boolean gate) {

        KpiRule toRule() {
            return new KpiRule(kpi, weight, target, floor, rule == null ? ScoringRule.LINEAR : rule,
                    gate != null && gate);
        }
    }
}
