package io.serviceops.kpi.scorecard;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.kpi.KpiResult;
import io.serviceops.events.kpi.ScorecardPublished;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A final scorecard of a closed period, kept with the template version it was computed with. It is
 * written once (its id is derived from subject, period and template), together with its
 * {@code ScorecardPublished} event in the same document.
 */
@Document(Scorecard.COLLECTION)
class Scorecard extends OutboxAggregate {

    static final String COLLECTION = "kpi_scorecards";

    @Id
    private final String id;
    private final ScorecardView card;
    private final String storeId;
    private final Instant publishedAt;

    Scorecard(String id, ScorecardView card, String storeId, Instant publishedAt) {
        this.id = id;
        this.card = card;
        this.storeId = storeId;
        this.publishedAt = publishedAt;
    }

    static Scorecard publish(ScorecardView computed, String storeId, Instant now) {
        ScorecardView card = computed.asFinal();
        var scorecard = new Scorecard(card.scorecardId(), card, storeId, now);
        scorecard.record(new ScorecardPublished(card.scorecardId(), card.subjectKind().name(), card.subjectId(),
                storeId, card.period().name(), card.periodStart(), card.periodEnd(), card.templateId(),
                card.templateVersion(), card.score(), card.threshold(),
                card.kpis().stream().map(kpi -> new KpiResult(kpi.kpi().name(), kpi.rawValue(),
                        kpi.score() == null ? 0 : kpi.score(), kpi.weight(), kpi.contribution())).toList(),
                now), now);
        return scorecard;
    }

    ScorecardView card() {
        return card;
    }
}
