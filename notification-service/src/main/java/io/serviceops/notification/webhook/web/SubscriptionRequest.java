package io.serviceops.notification.webhook.web;

import io.serviceops.ids.Ids;
import io.serviceops.notification.webhook.PayloadScope;
import io.serviceops.notification.webhook.SubscriptionDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;

@Schema(description = "A webhook subscription")
record SubscriptionRequest(
        @Schema(example = "CRM complaints feed") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @Schema(example = "https://crm.example.com/hooks/serviceops",
                description = "https outside the local profile; must resolve to a public address")
        @NotNull(message = "is required") URI url,
        @Schema(example = "[\"ComplaintFiled\", \"ComplaintResolved\"]", description = "Event types of the catalogue (docs/asyncapi.yaml)")
        @NotEmpty(message = "must name at least one event type") Set<@Pattern(regexp = "^[A-Za-z]{1,64}$", message = "must be an event type name") String> eventTypes,
        @Schema(example = "store-sh-01", description = "Only events about this store; all stores when absent")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
        @Schema(description = "REDACTED (default): no customer ids, no free text. FULL: needs ADMIN or the webhooks:full-payload scope")
        PayloadScope scope,
        @Schema(description = "Defaults to true; set true again to re-enable a subscription disabled for failing") Boolean active) {

    SubscriptionDraft toDraft() {
        return new SubscriptionDraft(name, url, eventTypes, storeId, scope, active == null || active);
    }
}
