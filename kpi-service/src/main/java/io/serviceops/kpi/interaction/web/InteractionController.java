package io.serviceops.kpi.interaction.web;

import io.serviceops.kpi.interaction.Channel;
import io.serviceops.kpi.interaction.Interaction;
import io.serviceops.kpi.interaction.InteractionLog;
import io.serviceops.ids.Ids;
import io.serviceops.conventions.problem.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/kpi/interactions")
@Tag(name = "Customer interactions", description = "Front desk, phone and app interactions reported by front ends "
        + "and CRMs; HANDLING_EFFICIENCY (处理效率 ≤5分钟) scores the share handled within the template's limit")
class InteractionController {

    /** Longer than a working day is not one interaction but a reporting error. */
    private static final Duration LONGEST = Duration.ofHours(12);

    private final InteractionLog log;
    private final Clock clock;

    InteractionController(InteractionLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @PutMapping("/{interactionId}")
    @Operation(summary = "Record one customer interaction under the reporter's own id (idempotent)",
            description = "201 when new; 200 when the id is known (the same interaction again changes nothing, a "
                    + "corrected one replaces it). The handling time is endedAt − startedAt; the interaction counts "
                    + "in the periods of startedAt for the staff member and store given.")
    ResponseEntity<InteractionView> record(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String interactionId,
            @Valid @RequestBody InteractionRequest request) {
        if (request.endedAt().isBefore(request.startedAt())) {
            throw new InvalidInput("endedAt", "must not be before startedAt");
        }
        if (Duration.between(request.startedAt(), request.endedAt()).compareTo(LONGEST) > 0) {
            throw new InvalidInput("endedAt", "must be at most " + LONGEST.toHours() + " hours after startedAt");
        }
        var recorded = log.record(new Interaction(interactionId, request.staffId(), request.storeId(), request.channel(),
                request.startedAt(), request.endedAt(), clock.instant()));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(InteractionView.of(recorded.interaction()));
    }

    @GetMapping("/{interactionId}")
    @Operation(summary = "One recorded interaction")
    ResponseEntity<InteractionView> get(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String interactionId) {
        return ResponseEntity.of(log.find(interactionId).map(InteractionView::of));
    }

    record InteractionRequest(
            @Schema(example = "zhang.san") @NotBlank(message = "must not be blank")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @Schema(example = "store-1") @NotBlank(message = "must not be blank")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @Schema(example = "FRONT_DESK") @NotNull(message = "is required") Channel channel,
            @Schema(example = "2026-11-02T09:15:00Z") @NotNull(message = "is required") Instant startedAt,
            @Schema(example = "2026-11-02T09:18:30Z") @NotNull(message = "is required") Instant endedAt) {
    }

    record InteractionView(String interactionId, String staffId, String storeId, Channel channel, Instant startedAt,
            Instant endedAt, long handlingSeconds, Instant recordedAt) {

        static InteractionView of(Interaction interaction) {
            return new InteractionView(interaction.interactionId(), interaction.staffId(), interaction.storeId(),
                    interaction.channel(), interaction.startedAt(), interaction.endedAt(),
                    interaction.handlingTime().toSeconds(), interaction.recordedAt());
        }
    }
}
