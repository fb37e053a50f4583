package io.serviceops.eventing.receiver;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.complaint.ComplaintReopened;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Remembers what it was handed, and in which trace; an event whose reason is "poison" always fails.
 */
@Component
public class ReopenedComplaints implements EventHandler<ComplaintReopened> {

    private final Tracer tracer;
    private final List<String> reasons = new CopyOnWriteArrayList<>();
    private final Map<String, String> traceIds = new ConcurrentHashMap<>();

    public ReopenedComplaints(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Class<ComplaintReopened> eventType() {
        return ComplaintReopened.class;
    }

    @Override
    public void handle(EventEnvelope<ComplaintReopened> event) {
        if (event.data().reason().equals("poison")) {
            throw new IllegalStateException("cannot handle " + event.id());
        }
        Span current = tracer.currentSpan();
        if (current != null) {
            traceIds.put(event.data().reason(), current.context().traceId());
        }
        reasons.add(event.data().reason());
    }

    public List<String> reasons() {
        return reasons;
    }

    /** The trace the event with this reason was handled in, if it was handled inside one. */
    public Optional<String> traceIdOf(String reason) {
        return Optional.ofNullable(traceIds.get(reason));
    }
}
