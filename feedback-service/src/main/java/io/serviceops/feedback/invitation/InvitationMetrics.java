package io.serviceops.feedback.invitation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Survey invitation counters, and the overall response rate read from the store so that every replica
 * reports the same number: at every scrape, so the total is the collection's count from its metadata and the
 * answered ones are counted on the {@code answered} index, not by reading every invitation.
 */
@Component
class InvitationMetrics {

    private final MeterRegistry registry;

    InvitationMetrics(MeterRegistry registry, Invitations invitations, MongoTemplate mongo) {
        this.registry = registry;
        Gauge.builder("serviceops.survey.response.rate", invitations, all -> responseRate(all, mongo))
                .description("Share of post-resolution survey invitations answered (0-1)")
                .register(registry);
    }

    void issued() {
        count("issued");
    }

    void answered() {
        count("answered");
    }

    void skippedAnonymous() {
        count("skipped-anonymous");
    }

    private void count(String outcome) {
        Counter.builder("serviceops.survey.invitations").description("Post-resolution survey invitations by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    private static double responseRate(Invitations invitations, MongoTemplate mongo) {
        long all = mongo.estimatedCount(Invitation.class);
        return all == 0 ? 0 : (double) invitations.countByAnswered(1) / all;
    }
}
