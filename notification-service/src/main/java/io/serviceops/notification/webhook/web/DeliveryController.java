package io.serviceops.notification.webhook.web;

import io.serviceops.conventions.problem.NotFound;
import io.serviceops.conventions.web.PageView;
import io.serviceops.ids.Ids;
import io.serviceops.notification.webhook.SubscriptionDesk;
import io.serviceops.notification.webhook.delivery.Attempt;
import io.serviceops.notification.webhook.delivery.Delivery;
import io.serviceops.notification.webhook.delivery.DeliveryLog;
import io.serviceops.notification.webhook.delivery.DeliveryStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries")
@Tag(name = "Webhook deliveries", description = "The delivery log of a subscription, and replays")
class DeliveryController {

    private static final String DELIVERY_ID = "^[A-Za-z0-9-]{1,64}:[A-Za-z0-9._:@-]{1,64}$";

    private final SubscriptionDesk desk;
    private final DeliveryLog log;

    DeliveryController(SubscriptionDesk desk, DeliveryLog log) {
        this.desk = desk;
        this.log = log;
    }

    record DeliveryView(String id, String eventId, String eventType, String status, int attemptCount, Instant createdAt,
            Instant nextAttemptAt, Instant settledAt, List<Attempt> attempts) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status().name(), d.attemptCount(),
                    d.createdAt(), d.nextAttemptAt(), d.settledAt(), d.attempts());
        }
    }

    record RangeReplay(@NotNull(message = "is required") Instant from, @NotNull(message = "is required") Instant to) {
    }

    @GetMapping
    @Operation(summary = "The delivery log", description = "Newest first, with every attempt's time, status, latency "
            + "and the first bytes of the answer (or the error).")
    PageView<DeliveryView> list(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subscriptionId, @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size) {
        desk.get(subscriptionId);
        var found = log.of(subscriptionId, status, from, to, PageRequest.of(page, size));
        return PageView.of(found, DeliveryView::of);
    }

    @PostMapping("/{deliveryId}/replay")
    @Operation(summary = "Send one delivered or failed delivery again", description = "Same webhook-id (the event "
            + "id), a fresh retry period. 404 if there is no such settled delivery.")
    ResponseEntity<Void> replayOne(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subscriptionId,
            @PathVariable @Pattern(regexp = DELIVERY_ID, message = "must be <eventId>:<subscriptionId>") String deliveryId) {
        desk.get(subscriptionId);
        if (!log.replay(subscriptionId, deliveryId)) {
            throw new NotFound("Settled delivery", deliveryId);
        }
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/replay")
    @Operation(summary = "Send again every settled delivery planned in [from, to)")
    ResponseEntity<Map<String, Long>> replayRange(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subscriptionId,
            @Valid @RequestBody RangeReplay range) {
        desk.get(subscriptionId);
        return ResponseEntity.accepted().body(Map.of("replayed", log.replay(subscriptionId, range.from(), range.to())));
    }
}
