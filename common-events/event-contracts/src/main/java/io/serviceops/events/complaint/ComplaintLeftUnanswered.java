package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * A complaint still had no first response when {@code limit} of working time had passed since filing
 * (counted on its SLA calendar, without the time it waited on the customer): the manuals' "响应时限
 * ≤24小时" is missed at {@code unansweredAt}, whatever happens later. Published once per complaint.
 * {@code assigneeId} is who handled the case then (absent when nobody was assigned yet).
 */
public record ComplaintLeftUnanswered(
        String complaintId,
        String storeId,
        String staffId,
        String assigneeId,
        Instant filedAt,
        Duration limit,
        Instant unansweredAt) implements IntegrationEvent {

    public ComplaintLeftUnanswered {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(filedAt, "filedAt");
        present(limit, "limit");
        present(unansweredAt, "unansweredAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
