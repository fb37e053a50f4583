package io.serviceops.kpi.template;

import java.util.List;

/** A template applied to one subject's period: the total (null without any data) and how it was reached. */
public record Score(Double total, boolean gated, List<KpiScore> kpis) {

    public Score {
        kpis = List.copyOf(kpis);
    }

    /** The KPIs with a value below their target, for training to pick a programme. */
    public List<String> weakKpis() {
        return kpis.stream().filter(KpiScore::belowTarget).map(kpi -> kpi.kpi().name()).toList();
    }
}
