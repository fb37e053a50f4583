package io.serviceops.kpi.scorecard;

import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Ranks the staff of a store or team by their score in a period, best first. */
@Service
public class Rankings {

    private final FactQueries facts;
    private final TemplateCatalog templates;

    Rankings(FactQueries facts, TemplateCatalog templates) {
        this.facts = facts;
        this.templates = templates;
    }

    /** Staff without any scored KPI are left out; equal scores share a rank (1, 1, 3). */
    public Ranking rank(Subject scope, Period period, String templateId) {
        Template template = templates.current(templateId);
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        facts.totalsPerStaff(scope, period).forEach((staffId, totals) -> {
            Double score = template.score(totals).total();
            if (score != null) {
                scored.add(Map.entry(staffId, score));
            }
        });
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            double score = scored.get(i).getValue();
            int rank = i > 0 && entries.get(i - 1).score() == score ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Ranking.Entry(rank, scored.get(i).getKey(), score, score < template.threshold()));
        }
        return new Ranking(scope, period, template.templateId(), template.version(), entries);
    }

    public record Ranking(Subject scope, Period period, String templateId, int templateVersion,
            List<Entry> entries) {

        public record Entry(int rank, String staffId, double score, boolean belowThreshold) {
        }
    }
}
