package io.serviceops.kpi.template;

import io.serviceops.kpi.period.PeriodKind;
import java.util.List;

/**
 * What an operator defines for a template; {@link Template#define} checks it. {@code minimumSample} and
 * {@code alertPeriod} may be left out for their defaults ({@link Template#DEFAULT_MINIMUM_SAMPLE},
 * {@link Template#DEFAULT_ALERT_PERIOD}).
 */
public record TemplateDefinition(String name, double threshold, boolean active, List<KpiRule> kpis,
        Integer minimumSample, PeriodKind alertPeriod) {

    public TemplateDefinition(String name, double threshold, boolean active, List<KpiRule> kpis) {
        this(name, threshold, active, kpis, null, null);
    }
}
