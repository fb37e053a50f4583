package io.serviceops.complaint.privacy.web;

import io.serviceops.complaint.privacy.RequestKind;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom a personal-data request is about: at least one of customer id, phone and e-mail. */
@Schema(example = "{\"kind\": \"EXPORT\", \"customerId\": \"cust-77\", \"email\": \"li.lei@example.com\"}")
record OpenRequest(
        @Schema(description = "EXPORT: a copy of everything held; ERASURE: erase it everywhere")
        @NotNull(message = "is required") RequestKind kind,
        @Schema(example = "cust-77") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String customerId,
        @Schema(example = "+86 21 5555 0101") @Pattern(regexp = "^\\+?[0-9 ()-]{3,32}$", message = "must be a phone number") String phone,
        @Schema(example = "li.lei@example.com") @Email(message = "must be an e-mail address") @Size(max = 254) String email) {

    boolean namesNobody() {
        return blank(customerId) && blank(phone) && blank(email);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
