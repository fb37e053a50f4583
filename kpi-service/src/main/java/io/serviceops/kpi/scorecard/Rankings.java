package io.serviceops.kpi.scorecard;

import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.scorecard.ScorecardView.Status;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Ranks the staff of a store or team by their score in a period, best first. A staff member whose
 * period is closed ranks with the published final score, the others with the live one.
 */
@Service
public class Rankings {

    private static final Comparator<ScorecardView> BEST_FIRST = Comparator
            .comparing(ScorecardView::score, Comparator.reverseOrder()).thenComparing(ScorecardView::subjectId);

    private final FactQueries facts;
    private final TemplateCatalog templates;
    private final Scorecards finals;

    Rankings(FactQueries facts, TemplateCatalog templates, Scorecards finals) {
        this.facts = facts;
        this.templates = templates;
        this.finals = finals;
    }

    /** Staff without any scored KPI are left out; equal scores share a rank (1, 1, 3). */
    public Ranking rank(Subject scope, Period period, String templateId) {
        Template template = templates.current(templateId);
        Map<String, ScorecardView> cards = new HashMap<>();
        facts.totalsPerStaff(scope, period, template.limits()).forEach((staffId, totals) -> {
            var card = ScorecardView.provisional(Subject.staff(staffId), period, template, template.score(totals));
            cards.put(card.scorecardId(), card);
        });
        finals.findAllById(cards.keySet()).forEach(published -> cards.put(published.card().scorecardId(), published.card()));
        List<ScorecardView> scored = cards.values().stream().filter(card -> card.score() != null).sorted(BEST_FIRST)
                .toList();
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ScorecardView card = scored.get(i);
            int rank = i > 0 && entries.get(i - 1).score() == card.score() ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Ranking.Entry(rank, card.subjectId(), card.score(), card.belowThreshold(), card.status()));
        }
        return new Ranking(scope, period, template.templateId(), entries);
    }

    public record Ranking(Subject scope, Period period, String templateId, List<Entry> entries) {

        public record Entry(int rank, String staffId, double score, boolean belowThreshold, Status status) {
        }
    }
}
