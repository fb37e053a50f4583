package io.serviceops.complaint.complaint.web;

import static io.serviceops.complaint.types.ComplaintType.CODE;
import static io.serviceops.complaint.types.ComplaintType.CODE_MESSAGE;

import io.serviceops.complaint.complaint.Channel;
import io.serviceops.complaint.complaint.ComplaintDraft;
import io.serviceops.complaint.complaint.Contact;
import io.serviceops.complaint.complaint.CustomerTier;
import io.serviceops.complaint.complaint.Grade;
import io.serviceops.conventions.FieldError;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

@Schema(description = "A new complaint. Who may set which field: customerId and customerTier a signed-in customer "
        + "(CUSTOMER_APP, its own id), staff or a CRM key; urgency and importance staff; externalReference a CRM key. "
        + "Without a login: contact data for the reply, channel ONLINE_FORM (the default then).")
record FileComplaintRequest(
        @Schema(example = "SERVICE_ATTITUDE") @NotBlank(message = "is required") @Pattern(regexp = CODE, message = CODE_MESSAGE) String type,
        @Schema(example = "PHONE", description = "Required for staff and CRM keys; ONLINE_FORM without a login, "
                + "APP (or ONLINE_FORM) for the customer app, the default for those") Channel channel,
        @Schema(example = "store-sh-01") @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
        @Schema(example = "staff-042", description = "The staff member the complaint concerns")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
        @Schema(example = "cust-77") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String customerId,
        @Schema(example = "THREE_STAR", description = "Defaults to ONE_STAR") CustomerTier customerTier,
        @Valid ContactRequest contact,
        @Schema(example = "The clerk was rude when I asked for a refund.")
        @NotBlank(message = "must not be empty") @Size(max = 4000, message = "must be at most 4000 characters") String description,
        @Schema(example = "CRM-2026-000123", description = "Required for channel CRM")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String externalReference,
        @Schema(example = "HIGH") Grade urgency,
        @Schema(example = "NORMAL") Grade importance) {

    record ContactRequest(
            @Schema(example = "+86 21 5555 0101") @Pattern(regexp = "^\\+?[0-9 ()-]{3,32}$", message = "must be a phone number") String phone,
            @Schema(example = "li.lei@example.com") @Email(message = "must be an e-mail address") @Size(max = 254) String email,
            @Schema(example = "true", description = "The customer agrees to be told about the case by e-mail or SMS; "
                    + "without it nothing is sent") Boolean consent,
            @Schema(example = "zh-CN", description = "Language of the notifications: zh-CN (the default) or en")
            @Pattern(regexp = "^(zh-CN|en)$", message = "must be zh-CN or en") String language) {
    }

    /** Rules that span fields: the CRM reference. */
    List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (channel == Channel.CRM && externalReference == null) {
            errors.add(new FieldError("externalReference", "is required for complaints written by a CRM"));
        }
        return errors;
    }

    /** The draft, on {@code filedOn} when the caller named no channel. */
    ComplaintDraft toDraft(Channel filedOn) {
        Contact details = contact == null ? null : new Contact(contact.phone(), contact.email(),
                contact.consent(), contact.language());
        return new ComplaintDraft(type, channel == null ? filedOn : channel, storeId, staffId, customerId, customerTier, details, description,
                externalReference, urgency, importance, null);
    }
}
