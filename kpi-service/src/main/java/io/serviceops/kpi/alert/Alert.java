package io.serviceops.kpi.alert;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import io.serviceops.events.kpi.PerformanceAlertSettled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member scored below a template's threshold. Its id is derived from person, period and
 * template, so inserting it twice fails and the alert is raised once only, whether first seen in a
 * provisional evaluation or at the period's close; the close then settles a provisional one: confirmed
 * (the same alert, no second training) or withdrawn.
 */
@Document(Alert.COLLECTION)
public class Alert extends OutboxAggregate {

    static final String COLLECTION = "kpi_alerts";

    @Id
    private final String id;
    @Indexed
    private final String staffId;
    @Indexed
    private final String storeId;
    private final String period;
    private final LocalDate periodStart;
    private final String templateId;
    private final int templateVersion;
    private final double score;
    private final double threshold;
    private final List<String> weakKpis;
    private final boolean provisional;
    private final Instant raisedAt;
    /** Null in alerts stored before alerts were settled: those read as PROVISIONAL or FINAL. */
    private AlertStatus status;
    private Double finalScore;
    private Instant settledAt;

    Alert(String id, String staffId, String storeId, String period, LocalDate periodStart, String templateId,
            int templateVersion, double score, double threshold, List<String> weakKpis, boolean provisional,
            Instant raisedAt) {
        this.id = id;
        this.staffId = staffId;
        this.storeId = storeId;
        this.period = period;
        this.periodStart = periodStart;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.score = score;
        this.threshold = threshold;
        this.weakKpis = List.copyOf(weakKpis);
        this.provisional = provisional;
        this.raisedAt = raisedAt;
        this.status = provisional ? AlertStatus.PROVISIONAL : AlertStatus.FINAL;
    }

    static String idOf(String staffId, String period, LocalDate periodStart, String templateId) {
        return String.join("~", staffId, period, periodStart.toString(), templateId);
    }

    static Alert raise(Alert alert) {
        alert.record(new PerformanceAlertRaised(alert.id, alert.staffId, alert.storeId, alert.period,
                alert.periodStart, alert.templateId, alert.score, alert.threshold, alert.weakKpis, alert.provisional,
                alert.raisedAt), alert.raisedAt);
        return alert;
    }

    AlertStatus status() {
        return status != null ? status : provisional ? AlertStatus.PROVISIONAL : AlertStatus.FINAL;
    }

    /** The close found the final score below the threshold too. */
    void confirm(double finalScore, Instant at) {
        settle(AlertStatus.CONFIRMED, finalScore, at);
    }

    /** The close did not confirm it: the final score is not below the threshold, or there is too little evidence. */
    void withdraw(Double finalScore, Instant at) {
        settle(AlertStatus.WITHDRAWN, finalScore, at);
    }

    private void settle(AlertStatus outcome, Double score, Instant at) {
        status = outcome;
        finalScore = score;
        settledAt = at;
        record(new PerformanceAlertSettled(id, staffId, templateId, outcome.name(), score, at), at);
    }

    String storeId() {
        return storeId;
    }

    public AlertView view() {
        return new AlertView(id, staffId, storeId, period, periodStart, templateId, templateVersion, score, threshold,
                weakKpis, provisional, status(), finalScore, raisedAt, settledAt);
    }

    public record AlertView(String alertId, String staffId, String storeId, String period, LocalDate periodStart,
            String templateId, int templateVersion, double score, double threshold, List<String> weakKpis,
            boolean provisional, AlertStatus status, Double finalScore, Instant raisedAt, Instant settledAt) {
    }
}
