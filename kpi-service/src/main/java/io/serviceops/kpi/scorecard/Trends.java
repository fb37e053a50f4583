package io.serviceops.kpi.scorecard;

import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Calendar;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** How scores develop: over the last periods, and around a completed remedial training. */
@Service
public class Trends {

    private final ScorecardService scorecards;
    private final FactQueries facts;
    private final Calendar calendar;
    private final KpiProperties properties;

    Trends(ScorecardService scorecards, FactQueries facts, Calendar calendar, KpiProperties properties) {
        this.scorecards = scorecards;
        this.facts = facts;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The last {@code count} periods, oldest first, ending with the running one. */
    public List<ScorecardView> trend(Subject subject, PeriodKind kind, int count, String templateId) {
        List<ScorecardView> points = new ArrayList<>();
        Period period = calendar.current(kind);
        for (int i = 0; i < count; i++) {
            points.add(0, scorecards.scorecard(subject, period, templateId));
            period = period.previous();
        }
        return points;
    }

    /**
     * For each remedial training the staff member completed: the score of the period before the one
     * it was completed in, and of the period after it.
     */
    public List<RemedialEffect> remedialEffects(String staffId, PeriodKind kind, String templateId) {
        Subject staff = Subject.staff(staffId);
        return facts.remedialCompletions(staffId).stream().map(completion -> {
            Period during = Period.containing(kind, completion.at().atZone(properties.zone()).toLocalDate());
            ScorecardView before = scorecards.scorecard(staff, during.previous(), templateId);
            ScorecardView after = scorecards.scorecard(staff, during.next(), templateId);
            return new RemedialEffect(completion.at(), before.periodStart(), before.score(), after.periodStart(),
                    after.score(), before.score() == null || after.score() == null ? null
                            : Math.round((after.score() - before.score()) * 100.0) / 100.0);
        }).toList();
    }

    public record RemedialEffect(Instant completedAt, LocalDate beforePeriodStart, Double scoreBefore,
            LocalDate afterPeriodStart, Double scoreAfter, Double change) {
    }
}
