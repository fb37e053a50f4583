package io.serviceops.kpi.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.kpi.scorecard.ScorecardView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Raises a performance alert for a staff scorecard below its threshold, once per person, period and
 * template, and settles a provisional one when its period closes.
 */
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

    /** A running period's scorecard below its threshold raises a provisional alert; returns whether it did now. */
    public boolean raiseProvisionally(ScorecardView card, String storeId) {
        return card.belowThreshold() && !alerts.existsById(idOf(card)) && raise(card, storeId, true);
    }

    /**
     * A closed period's scorecard: confirms or withdraws the provisional alert of the same person,
     * period and template, or raises the alert if there was none and the score is below the threshold.
     * Returns whether an alert was raised now.
     */
    public boolean settleAtClose(ScorecardView card, String storeId) {
        Optional<Alert> existing = alerts.findById(idOf(card));
        if (existing.isEmpty()) {
            return card.belowThreshold() && raise(card, storeId, false);
        }
        Alert alert = existing.get();
        if (alert.status() != AlertStatus.PROVISIONAL) {
            return false;
        }
        if (card.belowThreshold()) {
            alert.confirm(card.score(), clock.instant());
        } else {
            alert.withdraw(card.score(), clock.instant());
        }
        alerts.save(alert);
        metrics.counter("serviceops.kpi.alerts.settled", "outcome", alert.status().name(), "template", card.templateId())
                .increment();
        return false;
    }

    private boolean raise(ScorecardView card, String storeId, boolean provisional) {
        try {
            alerts.insert(Alert.raise(new Alert(idOf(card), card.subjectId(), storeId, card.period().name(),
                    card.periodStart(), card.templateId(), card.templateVersion(), card.score(), card.threshold(),
                    card.weakKpis(), provisional, clock.instant())));
        } catch (DuplicateKeyException raisedConcurrently) {
            return false;
        }
        metrics.counter("serviceops.kpi.alerts.raised", "provisional", String.valueOf(provisional),
                "template", card.templateId()).increment();
        return true;
    }

    private static String idOf(ScorecardView card) {
        return Alert.idOf(card.subjectId(), card.period().name(), card.periodStart(), card.templateId());
    }
}
