package io.serviceops.kpi.template;

import java.util.List;

/** What an operator defines for a template; {@link Template#define} checks it. */
public record TemplateDefinition(String name, double threshold, boolean active, List<KpiRule> kpis) {
}
