package io.serviceops.complaint.complaint.web;

import io.serviceops.complaint.complaint.ComplaintQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints/tracking")
@Tag(name = "Complaint tracking", description = "The customer's own view of their case, by the token filing returned")
class TrackingController {

    private final ComplaintQueries queries;

    TrackingController(ComplaintQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{token}")
    @Operation(operationId = "trackComplaint", summary = "The public status of a complaint",
            description = "Open (no login: the token stands in for one) and rate limited at the gateway. Shows the "
                    + "status, the promised times and the steps taken, without staff names or internal notes.")
    TrackingView track(@PathVariable @Pattern(regexp = "^[A-Za-z0-9_-]{16,64}$",
            message = "must be the token the filing response returned") String token) {
        return TrackingView.of(queries.byTrackingToken(token));
    }
}
