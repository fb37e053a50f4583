package io.serviceops.kpi.fact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, finishes the running totals of facts a crash left marked (written or being withdrawn, the
 * totals not yet moved). Redelivered events repair their own facts too; this covers interactions whose
 * reporter never retried.
 */
@Component
class PendingTotalsRepair {

    private static final Logger log = LoggerFactory.getLogger(PendingTotalsRepair.class);

    private final FactRecorder recorder;

    PendingTotalsRepair(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void repair() {
        int repaired = recorder.repairPending();
        if (repaired > 0) {
            log.warn("Recomputed the KPI totals of {} facts left pending by an earlier crash", repaired);
        }
    }
}
