package io.serviceops.kpi.closing.web;

import io.serviceops.kpi.closing.PeriodClosing;
import io.serviceops.kpi.closing.PeriodClosing.CloseResult;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/kpi/periods")
@Tag(name = "Periods", description = "Close finished periods and evaluate running ones without waiting for the schedule")
class PeriodController {

    private final PeriodClosing closing;

    PeriodController(PeriodClosing closing) {
        this.closing = closing;
    }

    @PostMapping("/close")
    @Operation(summary = "Close a finished period: publish final scorecards and raise alerts (idempotent)")
    CloseResult close(@Valid @RequestBody CloseRequest request) {
        return closing.close(new Period(request.period(), request.periodStart()));
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Evaluate the running period now and raise provisional alerts")
    Evaluation evaluate(@Valid @RequestBody EvaluateRequest request) {
        return new Evaluation(request.period(), closing.evaluateProvisionally(request.period()));
    }

    record CloseRequest(
            @Schema(example = "MONTH") @NotNull(message = "is required") PeriodKind period,
            @Schema(example = "2026-10-01") @NotNull(message = "is required") LocalDate periodStart) {
    }

    record EvaluateRequest(@Schema(example = "MONTH") @NotNull(message = "is required") PeriodKind period) {
    }

    record Evaluation(PeriodKind period, int provisionalAlertsRaised) {
    }
}
