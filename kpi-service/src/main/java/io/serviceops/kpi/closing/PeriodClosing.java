package io.serviceops.kpi.closing;

import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.alert.PerformanceAlerts;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.fact.SubjectKind;
import io.serviceops.kpi.period.Calendar;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.scorecard.ScorecardService;
import io.serviceops.kpi.scorecard.ScorecardView;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffMembers;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Closes a period: every subject with facts in it gets a final scorecard per active template
 * ({@code ScorecardPublished}); on the template's alerting period, every staff member below its
 * threshold an alert ({@code PerformanceAlertRaised}), and a provisional alert is confirmed or
 * withdrawn ({@code PerformanceAlertSettled}). All are keyed by subject, period and template, so
 * closing again publishes nothing twice. Also evaluates running periods provisionally, once enough of
 * the period has passed.
 */
@Service
public class PeriodClosing {

    private final FactQueries facts;
    private final StaffMembers staff;
    private final TemplateCatalog templates;
    private final ScorecardService scorecards;
    private final PerformanceAlerts alerts;
    private final ClosedPeriods closed;
    private final Clock clock;
    private final Calendar calendar;
    private final KpiProperties properties;

    PeriodClosing(FactQueries facts, StaffMembers staff, TemplateCatalog templates, ScorecardService scorecards,
            PerformanceAlerts alerts, ClosedPeriods closed, Clock clock, Calendar calendar, KpiProperties properties) {
        this.facts = facts;
        this.staff = staff;
        this.templates = templates;
        this.scorecards = scorecards;
        this.alerts = alerts;
        this.closed = closed;
        this.clock = clock;
        this.calendar = calendar;
        this.properties = properties;
    }

    public CloseResult close(Period period) {
        if (!period.endedBefore(calendar.today())) {
            throw new PeriodNotFinished(period);
        }
        int published = 0;
        int raised = 0;
        for (var subject : subjects(period).entrySet()) {
            for (Template template : templates.active()) {
                ScorecardView computed = scorecards.compute(subject.getKey(), period, template);
                if (computed.score() != null) {
                    published += scorecards.publish(computed, subject.getValue()) ? 1 : 0;
                }
                if (subject.getKey().kind() == SubjectKind.STAFF && template.alertPeriodOrDefault() == period.kind()) {
                    ScorecardView card = scorecards.scorecard(subject.getKey(), period, template.templateId());
                    raised += alerts.settleAtClose(card, subject.getValue()) ? 1 : 0;
                }
            }
        }
        closed.save(new ClosedPeriod(key(period), clock.instant(), published, raised));
        return new CloseResult(period, published, raised);
    }

    /**
     * Scores the running period of each staff member with the templates that alert on its kind and
     * raises provisional alerts below threshold — only once {@code provisional-after} of the period has
     * passed, so a few early cases judge nobody.
     */
    public int evaluateProvisionally(PeriodKind kind) {
        Period period = calendar.current(kind);
        if (calendar.elapsedShare(period) < properties.alerting().provisionalAfter()) {
            return 0;
        }
        Map<Subject, String> stores = subjects(period);
        int raised = 0;
        for (Template template : templates.active()) {
            if (template.alertPeriodOrDefault() != kind) {
                continue;
            }
            for (ScorecardView card : scorecards.staffScorecards(period, template).values()) {
                raised += alerts.raiseProvisionally(card, stores.get(card.subject())) ? 1 : 0;
            }
        }
        return raised;
    }

    /** Whether the schedule has closed the period already. */
    boolean isClosed(Period period) {
        return closed.existsById(key(period));
    }

    private Map<Subject, String> subjects(Period period) {
        Map<String, StaffMember> directory = staff.findAll().stream()
                .collect(Collectors.toMap(StaffMember::staffId, Function.identity()));
        return Subjects.of(facts.participants(period), directory);
    }

    private static String key(Period period) {
        return period.kind() + "|" + period.key();
    }

    public record CloseResult(Period period, int scorecardsPublished, int alertsRaised) {
    }
}
