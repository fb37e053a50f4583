package io.serviceops.training.session.web;

import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The request bodies of the session and enrolment endpoints. */
final class Requests {

    private Requests() {
    }

    record OneOffSession(
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "drill-complaint-handling") String programmeId,
            @NotNull(message = "is required") @Schema(example = "2026-12-03T06:00:00Z") Instant startsAt,
            @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
            Integer capacity,
            @Size(max = 200, message = "must be at most 200 characters") String location) {
    }

    record Enrol(
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "staff-042") String staffId) {
    }

    record Attendance(@NotNull(message = "is required: true or false") Boolean attended) {
    }

    record Assessment(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be between 0 and 100")
            @DecimalMax(value = "100", message = "must be between 0 and 100") @Schema(example = "82.5") Double score) {
    }
}
