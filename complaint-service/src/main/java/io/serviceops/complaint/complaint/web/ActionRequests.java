package io.serviceops.complaint.complaint.web;


import io.serviceops.complaint.complaint.Handling;
import io.serviceops.complaint.complaint.RootCause;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the lifecycle actions. */
final class ActionRequests {

    static final String BY_SOMEONE_ELSE = "The staff member whose work this is; defaults to the caller. Naming "
            + "someone else needs SUPERVISOR, ADMIN or an integration key (403 otherwise); the history then records "
            + "the caller as actor and this person as onBehalfOf.";

    private ActionRequests() {
    }

    record Assign(
            @Schema(example = "CUSTOMER_SUPPORT") @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String department,
            @Schema(example = "agent-7", description = "The responsible person (响应责任人)")
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String assigneeId) {
    }

    record Investigate(
            @Schema(example = "STAFF_CONDUCT") @NotNull(message = "is required") RootCause rootCause,
            @Schema(example = "Confirmed on the CCTV recording") @Size(max = 4000) String findings) {
    }

    record Respond(
            @Schema(example = "We are sorry; we will call you back by 18:00 today.")
            @NotBlank(message = "must not be empty") @Size(max = 4000) String message,
            @Schema(example = "agent-7", description = BY_SOMEONE_ELSE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String respondedBy) {
    }

    record Resolve(
            @Schema(example = "STAFF_CONDUCT", description = "Optional if recorded by root-cause before") RootCause rootCause,
            @Schema(example = "APOLOGY") @NotNull(message = "is required") Handling handling,
            @Schema(example = "Apologised in person and gave a voucher") @Size(max = 4000) String summary,
            @Schema(example = "agent-7", description = BY_SOMEONE_ELSE) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolvedBy) {
    }

    record Note(@Schema(example = "Waiting for the receipt photo") @Size(max = 2000) String note) {
    }

    record Reason(@Schema(example = "The replacement is broken too") @NotBlank(message = "is required") @Size(max = 2000) String reason) {
    }
}
