package io.serviceops.kpi.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.kpi.scorecard.ScorecardView;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Raises a performance alert for a staff scorecard below its threshold, once per person, period and template. */
@Service
public class PerformanceAlerts {

    private final Alerts alerts;
    private final MeterRegistry metrics;
    private final Clock clock;

    PerformanceAlerts(Alerts alerts, MeterRegistry metrics, Clock clock) {
        this.alerts = alerts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Returns whether an alert was raised now. */
    public boolean raiseIfBelowThreshold(ScorecardView card, String storeId, boolean provisional) {
        if (!card.belowThreshold()) {
            return false;
        }
        String id = Alert.idOf(card.subjectId(), card.period().name(), card.periodStart(), card.templateId());
        if (alerts.existsById(id)) {
            return false;
        }
        try {
            alerts.insert(Alert.raise(new Alert(id, card.subjectId(), storeId, card.period().name(),
                    card.periodStart(), card.templateId(), card.templateVersion(), card.score(), card.threshold(),
                    card.weakKpis(), provisional, clock.instant())));
        } catch (DuplicateKeyException raisedConcurrently) {
            return false;
        }
        metrics.counter("serviceops.kpi.alerts.raised", "provisional", String.valueOf(provisional),
                "template", card.templateId()).increment();
        return true;
    }
}
