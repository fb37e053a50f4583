package io.serviceops.complaint.privacy.web;

import io.serviceops.complaint.privacy.PrivacyRequest;
import io.serviceops.complaint.privacy.RequestKind;
import io.serviceops.complaint.privacy.ServiceProgress;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A personal-data request and each service's progress; names nobody once an erasure is complete. */
record RequestView(
        String id,
        RequestKind kind,
        @Schema(description = "OPEN until every service has answered, then COMPLETE") String status,
        @Schema(description = "What replaced the customer ids in every service (erasure only)") String pseudonym,
        String requestedBy,
        Instant openedAt,
        Instant completedAt,
        @Schema(description = "Whom the request is about (widened by the complaints' contact data); "
                + "null once an erasure is complete") Subject subject,
        List<Progress> services) {

    record Subject(List<String> customerIds, List<String> phones, List<String> emails) {
    }

    record Progress(String service, @Schema(description = "PENDING or ANSWERED") String status, Instant answeredAt,
            @Schema(description = "Records erased per kind (erasure only)") Map<String, Long> erased) {
    }

    static RequestView of(PrivacyRequest request) {
        Map<String, ServiceProgress> progress = request.progress();
        return new RequestView(request.id(), request.kind(), request.complete() ? "COMPLETE" : "OPEN",
                request.pseudonym(), request.requestedBy(), request.openedAt(), request.completedAt(),
                request.subject() == null ? null : new Subject(request.subject().customerIds(),
                        request.subject().phones(), request.subject().emails()),
                request.services().stream().map(service -> progress.containsKey(service)
                        ? new Progress(service, "ANSWERED", progress.get(service).answeredAt(), progress.get(service).erased())
                        : new Progress(service, "PENDING", null, null)).toList());
    }
}
