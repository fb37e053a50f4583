package io.serviceops.complaint.complaint;

import io.serviceops.conventions.access.StoreScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Service;

/**
 * Applies one action to a stored complaint: load, let the aggregate change itself, save. The
 * document's version makes a concurrent change fail (409) instead of being overwritten; a client can
 * also state the version it saw (If-Match, 412 when stale).
 */
@Service
public class ComplaintWorkflow {

    private final Complaints complaints;
    private final ComplaintMetrics metrics;
    private final Clock clock;

    ComplaintWorkflow(Complaints complaints, ComplaintMetrics metrics, Clock clock) {
        this.complaints = complaints;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Complaint change(String id, Long expectedVersion, BiConsumer<Complaint, Instant> action) {
        Complaint complaint = complaints.findById(id).orElseThrow(() -> new ComplaintNotFound(id));
        StoreScope.ofCaller().visible(complaint, complaint.storeId(), () -> new ComplaintNotFound(id));
        if (expectedVersion != null && !expectedVersion.equals(complaint.version())) {
            throw new StaleComplaintVersion(id, expectedVersion, complaint.version());
        }
        action.accept(complaint, clock.instant());
        Complaint saved = complaints.save(complaint);
        metrics.observe(complaint.raisedEvents());
        return saved;
    }

    /**
     * Applies an action that may have nothing to do (a notice the customer cannot receive): stored only
     * when it did something, so staff holding the complaint's version see no change. Empty for an
     * unknown complaint.
     */
    public Optional<Complaint> changeIfAny(String id, BiPredicate<Complaint, Instant> action) {
        Optional<Complaint> found = complaints.findById(id);
        return found.filter(complaint -> action.test(complaint, clock.instant())).map(complaint -> {
            Complaint saved = complaints.save(complaint);
            metrics.observe(complaint.raisedEvents());
            return saved;
        });
    }
}
