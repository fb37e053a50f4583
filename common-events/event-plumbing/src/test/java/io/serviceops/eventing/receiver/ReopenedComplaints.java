package io.serviceops.eventing.receiver;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.complaint.ComplaintReopened;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Remembers what it was handed; an event whose reason is "poison" always fails. */
@Component
public class ReopenedComplaints implements EventHandler<ComplaintReopened> {

    private final List<String> reasons = new CopyOnWriteArrayList<>();

    @Override
    public Class<ComplaintReopened> eventType() {
        return ComplaintReopened.class;
    }

    @Override
    public void handle(EventEnvelope<ComplaintReopened> event) {
        if (event.data().reason().equals("poison")) {
            throw new IllegalStateException("cannot handle " + event.id());
        }
        reasons.add(event.data().reason());
    }

    public List<String> reasons() {
        return reasons;
    }
}
