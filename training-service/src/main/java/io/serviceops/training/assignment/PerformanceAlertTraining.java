package io.serviceops.training.assignment;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import org.springframework.stereotype.Component;

/** Poor results lead to personalised training (个性化的培训): one programme per weak KPI's rule. */
@Component
class PerformanceAlertTraining implements EventHandler<PerformanceAlertRaised> {

    private final RemedialPolicy policy;
    private final Assigning assigning;

    PerformanceAlertTraining(RemedialPolicy policy, Assigning assigning) {
        this.policy = policy;
        this.assigning = assigning;
    }

    @Override
    public Class<PerformanceAlertRaised> eventType() {
        return PerformanceAlertRaised.class;
    }

    @Override
    public void handle(EventEnvelope<PerformanceAlertRaised> event) {
        PerformanceAlertRaised alert = event.data();
        String eventId = event.id().toString();
        for (String programmeId : policy.programmesFor(RemedialTrigger.PERFORMANCE_ALERT, alert.weakKpis())) {
            String explanation = "Performance alert " + alert.alertId() + ": score " + alert.score() + " below "
                    + alert.threshold() + " on " + alert.templateId() + " for " + alert.period() + " from "
                    + alert.periodStart() + "; weak KPIs " + alert.weakKpis();
            assigning.assign(new AssignmentRequest(alert.staffId(), programmeId,
                    RemedialTrigger.PERFORMANCE_ALERT.reason(), eventId, eventId, explanation));
        }
    }
}
