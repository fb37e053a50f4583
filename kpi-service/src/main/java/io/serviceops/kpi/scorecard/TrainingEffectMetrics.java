package io.serviceops.kpi.scorecard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.scorecard.TrainingEffects.ProgrammeEffect;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The training-effects report of the monthly scorecard-a as gauges for the dashboard: per programme,
 * trigger and KPI, the median change (after − before) of the trained staff and of the comparison group
 * (NaN below the minimum sample: "insufficient data"), and the sample sizes. Programmes are few, so the
 * tags stay bounded. Refreshed on a schedule and whenever the report is read.
 */
@Component
public class TrainingEffectMetrics {

    public static final String TEMPLATE = "scorecard-a";

    private final TrainingEffects effects;
    private final MultiGauge change;
    private final MultiGauge sample;

    TrainingEffectMetrics(TrainingEffects effects, MeterRegistry registry) {
        this.effects = effects;
        this.change = MultiGauge.builder("serviceops.kpi.training.effect.change")
                .description("Median score change from the period before a remedial training to the period after "
                        + "(NaN: insufficient data)").register(registry);
        this.sample = MultiGauge.builder("serviceops.kpi.training.effect.sample")
                .description("Staff behind each training-effect figure (after the training)").register(registry);
    }

    @Scheduled(fixedDelayString = "${serviceops.kpi.training-effects.refresh-interval:PT10M}",
            initialDelayString = "${serviceops.kpi.training-effects.refresh-interval:PT10M}")
    void refresh() {
        record(effects.report(PeriodKind.MONTH, TEMPLATE));
    }

    /** Replaces the gauges with a report of the monthly scorecard-a. */
    public void record(List<ProgrammeEffect> report) {
        List<MultiGauge.Row<?>> changes = new ArrayList<>();
        List<MultiGauge.Row<?>> samples = new ArrayList<>();
        for (ProgrammeEffect effect : report) {
            for (var kpi : effect.kpis()) {
                for (boolean trained : new boolean[] {true, false}) {
                    Tags tags = Tags.of("programme", effect.programmeId(), "trigger", effect.trigger(), "kpi", kpi.kpi(),
                            "group", trained ? "trained" : "comparison");
                    Double median = trained ? kpi.trainedChange() : kpi.comparisonChange();
                    changes.add(MultiGauge.Row.of(tags, median == null ? Double.NaN : median));
                    samples.add(MultiGauge.Row.of(tags,
                            (trained ? kpi.trainedAfter() : kpi.comparisonAfter()).sampleSize()));
                }
            }
        }
        change.register(changes, true);
        sample.register(samples, true);
    }
}
