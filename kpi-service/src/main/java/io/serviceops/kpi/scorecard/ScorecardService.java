package io.serviceops.kpi.scorecard;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Scorecards by query over facts: a closed period answers with its final scorecard (and the
 * template version it was computed with), a running one is computed live with the current version.
 */
@Service
public class ScorecardService {

    private static final double[] SCORE_BUCKETS = {20, 40, 60, 80, 100};

    private final FactQueries facts;
    private final TemplateCatalog templates;
    private final Scorecards finals;
    private final MeterRegistry metrics;
    private final Clock clock;

    ScorecardService(FactQueries facts, TemplateCatalog templates, Scorecards finals, MeterRegistry metrics,
            Clock clock) {
        this.facts = facts;
        this.templates = templates;
        this.finals = finals;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * {@code subject} if the caller may see it ({@link StoreScope}): staff limited to stores see their
     * stores, their teams and the people working there; any other subject answers 404.
     */
    public Subject visible(Subject subject) {
        return StoreScope.ofCaller().visibleInAny(subject, facts.storesOf(subject),
                () -> new NotFound("Scorecard subject", subject.kind() + " " + subject.id()));
    }

    /** The subject's scorecard: final if its period is closed, else computed now. */
    public ScorecardView scorecard(Subject subject, Period period, String templateId) {
        return finals.findById(ScorecardView.idOf(subject, period, templateId)).map(Scorecard::card)
                .orElseGet(() -> compute(subject, period, templates.current(templateId)));
    }

    /** Computes the scorecard from the facts as they are now. */
    public ScorecardView compute(Subject subject, Period period, Template template) {
        return ScorecardView.provisional(subject, period, template, template.score(facts.totals(subject, period, template.limits())));
    }

    /** The live scorecards of every staff member with facts in the period, by staff id. */
    public Map<String, ScorecardView> staffScorecards(Period period, Template template) {
        Map<String, ScorecardView> cards = new HashMap<>();
        facts.totalsPerStaff(period, template.limits()).forEach((staffId, totals) -> cards.put(staffId,
                ScorecardView.provisional(Subject.staff(staffId), period, template, template.score(totals))));
        return cards;
    }

    /**
     * Stores the scorecard as final and publishes it, unless it already is; returns whether it was
     * published now. The id is derived from subject, period and template, so a second close is a no-op.
     */
    public boolean publish(ScorecardView computed, String storeId) {
        if (finals.existsById(computed.scorecardId())) {
            return false;
        }
        try {
            finals.insert(Scorecard.publish(computed, storeId, clock.instant()));
        } catch (DuplicateKeyException closedConcurrently) {
            return false;
        }
        // Stores are few (tens), so the store id is an acceptable tag here: the issue asks for the distribution per store.
        DistributionSummary.builder("serviceops.kpi.scorecard.score")
                .description("Final scores of closed periods")
                .tags("subjectKind", computed.subjectKind().name(), "template", computed.templateId(),
                        "store", storeId == null ? "none" : storeId)
                .serviceLevelObjectives(SCORE_BUCKETS)
                .register(metrics)
                .record(computed.score());
        return true;
    }
}
