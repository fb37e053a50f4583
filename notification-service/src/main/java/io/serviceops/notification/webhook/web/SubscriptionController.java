package io.serviceops.notification.webhook.web;

import static io.serviceops.conventions.access.CallerIdentity.ADMIN;
import static io.serviceops.conventions.access.CallerIdentity.roleAuthority;
import static io.serviceops.conventions.access.CallerIdentity.scopeAuthority;

import io.serviceops.conventions.web.PageView;
import io.serviceops.ids.Ids;
import io.serviceops.notification.webhook.SubscriptionDesk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/webhooks/subscriptions")
@Tag(name = "Webhook subscriptions", description = "ADMIN or an API key with scope webhooks:manage")
class SubscriptionController {

    private static final Set<String> MAY_CHOOSE_FULL = Set.of(roleAuthority(ADMIN), scopeAuthority("webhooks:full-payload"));

    private final SubscriptionDesk desk;

    SubscriptionController(SubscriptionDesk desk) {
        this.desk = desk;
    }

    /** The example is an ISO-8601 duration: the generated one ("overlap") is not a request that reads. */
    record RotationRequest(@Schema(example = "PT24H") Duration overlap) {
    }

    @PostMapping
    @Operation(summary = "Subscribe a URL to event types",
            description = "Answers with the signing secret, shown this once. Deliveries follow Standard Webhooks: "
                    + "headers webhook-id (the event id), webhook-timestamp, webhook-signature (v1,<base64 HMAC-SHA256 of "
                    + "id.timestamp.body>); the body is the event envelope.")
    ResponseEntity<SubscriptionView> create(@Valid @RequestBody SubscriptionRequest request, Principal caller) {
        var created = desk.create(request.toDraft(), mayChooseFullPayload(), caller == null ? "unknown" : caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + created.subscription().id()))
                .body(SubscriptionView.of(created.subscription(), created.secret()));
    }

    @GetMapping
    @Operation(summary = "List subscriptions", description = "Paged, newest first; secrets are never listed.")
    PageView<SubscriptionView> list(@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size) {
        var found = desk.list(PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"))));
        return PageView.of(found, s -> SubscriptionView.of(s, null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A subscription, with its health (failing since, disabled at and why)")
    SubscriptionView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return SubscriptionView.of(desk.get(id), null);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a subscription", description = "If-Match with the version guards against lost "
            + "updates. active: true re-enables one disabled for failing.")
    SubscriptionView update(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubscriptionRequest request) {
        String digits = ifMatch == null ? "" : ifMatch.replaceAll("[^0-9]", "");
        Long version = digits.isEmpty() ? null : Long.valueOf(digits);
        return SubscriptionView.of(desk.update(id, request.toDraft(), version, mayChooseFullPayload()), null);
    }

    @PostMapping("/{id}/secret/rotate")
    @Operation(summary = "Rotate the signing secret", description = "Answers with the new secret, shown this once. "
            + "Messages are signed with the old and the new secret until the overlap (default PT24H, at most P7D) ends.")
    Map<String, String> rotate(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id, @RequestBody(required = false) RotationRequest request) {
        return Map.of("secret", desk.rotate(id, request == null ? null : request.overlap()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a subscription", description = "Its waiting deliveries fail instead of being sent.")
    ResponseEntity<Void> delete(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        desk.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static boolean mayChooseFullPayload() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(MAY_CHOOSE_FULL::contains);
    }
}
