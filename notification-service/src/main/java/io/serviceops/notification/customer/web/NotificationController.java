package io.serviceops.notification.customer.web;

import io.serviceops.conventions.problem.NotFound;
import io.serviceops.ids.Ids;
import io.serviceops.notification.customer.CustomerNotification;
import io.serviceops.notification.customer.NotificationLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
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
@RequestMapping("/api/v1/notifications")
@Tag(name = "Customer notifications", description = "What customers were told, and bounces reported by providers")
class NotificationController {

    private static final String ID = "^[A-Za-z0-9._:-]{1,160}$";

    private final NotificationLog log;

    NotificationController(NotificationLog log) {
        this.log = log;
    }

    /** A notification as operators see it: the outcome, not the address. */
    record NotificationView(String id, String template, String complaintId, String channel, String status,
            int attempts, Instant createdAt, Instant settledAt, String lastError) {

        static NotificationView of(CustomerNotification n) {
            return new NotificationView(n.id(), n.template(), n.complaintId(),
                    n.channel() == null ? null : n.channel().name(), n.status().name(), n.attempts(), n.createdAt(),
                    n.settledAt(), n.lastError());
        }
    }

    record BounceRequest(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String reason) {
    }

    @GetMapping
    @Operation(summary = "The notifications of one complaint",
            description = "Sent, failed, bounced, uncertain (a sender stopped mid-send; never resent) or skipped "
                    + "(no consent or address), without contact data.")
    List<NotificationView> ofComplaint(@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String complaintId) {
        return log.ofComplaint(complaintId).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/bounce")
    @Operation(summary = "Record a bounce", description = "For the mail or SMS provider's bounce report; 404 unless "
            + "the notification was sent.")
    ResponseEntity<Void> bounce(@PathVariable @Pattern(regexp = ID, message = "must be a notification id") String id,
            @Valid @RequestBody BounceRequest request) {
        if (!log.bounced(id, request.reason())) {
            throw new NotFound("Sent notification", id);
        }
        return ResponseEntity.noContent().build();
    }
}
