package io.serviceops.complaint.privacy;

import java.time.Instant;
import java.util.Map;

/** One service's answer to a request: when it came and, for an erasure, what it erased (counts only). */
public record ServiceProgress(Instant answeredAt, Map<String, Long> erased) {

    public ServiceProgress {
        erased = erased == null ? Map.of() : Map.copyOf(erased);
    }
}
