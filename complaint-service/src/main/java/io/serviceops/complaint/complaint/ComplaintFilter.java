package io.serviceops.complaint.complaint;

import java.time.Instant;
import java.util.List;

/** What a list of complaints can be narrowed by; null means "any". */
public record ComplaintFilter(List<ComplaintStatus> statuses, String type, String storeId, String staffId,
        Channel channel, CustomerTier tier, Boolean overdue, Instant filedFrom, Instant filedTo, String text) {
}
