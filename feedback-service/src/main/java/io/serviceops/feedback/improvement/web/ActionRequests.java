package io.serviceops.feedback.improvement.web;

import io.serviceops.feedback.improvement.ActionStatus;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies the improvement-action endpoints accept. */
final class ActionRequests {

    private ActionRequests() {
    }

    record NewAction(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String measure,
            @Size(max = 100, message = "must be at most 100 characters") String responsibleDepartment,
            @Size(max = 100, message = "must be at most 100 characters") String responsiblePerson,
            @NotNull(message = "is required") LocalDate dueDate,
            @Size(max = 100, message = "must hold at most 100 ids")
            List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> feedbackIds,
            @Size(max = 100, message = "must hold at most 100 ids")
            List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> complaintIds,
            @Schema(example = "store-1", description = "The store the action is for, besides the stores of its feedback. "
                    + "Staff limited to stores name one of theirs; without it and without feedback the action is for "
                    + "all their stores.")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId) {

        @AssertTrue(message = "name a responsible department or person")
        boolean isResponsibleDepartment() {
            return responsibleDepartment != null && !responsibleDepartment.isBlank()
                    || responsiblePerson != null && !responsiblePerson.isBlank();
        }
    }

    record StatusChange(@NotNull(message = "is required") ActionStatus status) {
    }

    record Outcome(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            String outcome) {
    }
}
