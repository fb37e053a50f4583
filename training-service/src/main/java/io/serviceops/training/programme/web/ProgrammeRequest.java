package io.serviceops.training.programme.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.programme.ProgrammeDetails;
import io.serviceops.training.programme.ProgrammeKind;
import io.serviceops.training.programme.TrainingFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

record ProgrammeRequest(
        @NotNull(message = "is required: BASIC, SPECIALISED, ADAPTIVE, CROSS_TRAINING, CULTURE or DRILL")
        @Schema(example = "DRILL") ProgrammeKind kind,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "Complaint handling") String topic,
        @Size(max = 2000, message = "must be at most 2000 characters") String description,
        @Size(max = 20) @Schema(description = "Empty means every department", example = "[\"CUSTOMER_SUPPORT\"]")
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> targetDepartments,
        @Size(max = 20) List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> targetRoles,
        @NotNull(message = "is required: GROUP_STUDY, GROUP_DISCUSSION, LECTURE, DRILL or E_LEARNING")
        @Schema(example = "DRILL") TrainingFormat format,
        @NotNull(message = "is required") @Min(value = 5, message = "must be at least 5 minutes")
        @Max(value = 1440, message = "must be at most 1440 minutes") @Schema(example = "90") Integer durationMinutes,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000, message = "must be at most 1000") @Schema(example = "20") Integer capacity,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100") @Schema(example = "60") Double passMark,
        @Min(value = 1, message = "must be at least 1 month") @Max(value = 120, message = "must be at most 120 months")
        @Schema(description = "Absent: the certification never expires", example = "12")
        Integer certificationValidityMonths,
        @Schema(description = "Assign to every new member of the target departments; default false")
        Boolean mandatory,
        @Valid ScheduleRequest schedule,
        @Schema(description = "For updates: the version the change is based on; If-Match works too") Long version) {

    ProgrammeDetails toDetails() {
        return new ProgrammeDetails(kind, topic, description, targetDepartments, targetRoles, format, durationMinutes,
                capacity, passMark, certificationValidityMonths, Boolean.TRUE.equals(mandatory));
    }
}
