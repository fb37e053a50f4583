package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

/** One KPI of a scorecard template: its weight in percent and its target, in the KPI's own unit. */
public record TemplateKpi(String kpi, double weight, double target) {

    public TemplateKpi {
        present(kpi, "kpi");
    }
}
