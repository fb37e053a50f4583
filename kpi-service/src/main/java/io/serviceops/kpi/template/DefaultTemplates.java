package io.serviceops.kpi.template;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Seeds the manuals' two scorecards (绩效考核) unless they exist. Floors are this service's choice
 * (the manuals give only targets) and an operator can revise them:
 * A = satisfaction 1–5 (40 %), first response within 24 h (30 %), resolution rate ≥ 90 % (30 %);
 * B = satisfaction ≥ 4 (40 %), interactions handled within 5 minutes (30 %), good service attitude ≥ 90 % (30 %).
 * Both use the default minimum sample and alert on the month only.
 */
@Component
class DefaultTemplates implements ApplicationRunner {

    static final String SCORECARD_A = "scorecard-a";
    static final String SCORECARD_B = "scorecard-b";
    private static final double THRESHOLD = 60;

    private final TemplateCatalog catalog;
    private final Templates templates;

    DefaultTemplates(TemplateCatalog catalog, Templates templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(SCORECARD_A, new TemplateDefinition("Scorecard A (角色责任 · 绩效考核)", THRESHOLD, true, List.of(
                linear(KpiKey.SATISFACTION, 40, 5, 1, null),
                linear(KpiKey.RESPONSE_WITHIN_24H, 30, 1.0, 0, Duration.ofHours(24)),
                linear(KpiKey.RESOLUTION_RATE, 30, 0.9, 0.5, null))));
        seed(SCORECARD_B, new TemplateDefinition("Scorecard B (绩效管理 · 考核内容)", THRESHOLD, true, List.of(
                linear(KpiKey.SATISFACTION, 40, 4, 1, null),
                linear(KpiKey.HANDLING_EFFICIENCY, 30, 1.0, 0, Duration.ofMinutes(5)),
                linear(KpiKey.SERVICE_ATTITUDE, 30, 0.9, 0.5, null))));
    }

    /**
     * Seeds a template that does not exist yet. A seeded template still scoring HANDLING_EFFICIENCY as
     * minutes from filing to first response (the definition before it became the share of interactions
     * within the limit: its floor lies above its target) gets the current seed as its next version, as
     * that scale no longer fits the KPI.
     */
    private void seed(String templateId, TemplateDefinition definition) {
        var current = templates.findFirstByTemplateIdOrderByVersionDesc(templateId);
        if (current.isPresent()) {
            if (scoresHandlingInMinutes(current.get())) {
                catalog.revise(templateId, current.get().version(), definition);
            }
            return;
        }
        try {
            catalog.create(templateId, definition);
        } catch (DuplicateKeyException anotherReplicaSeededIt) {
            // The other replica's seed is the same definition.
        }
    }

    private static boolean scoresHandlingInMinutes(Template template) {
        return template.kpis().stream().anyMatch(rule -> rule.kpi() == KpiKey.HANDLING_EFFICIENCY
                && rule.floor() != null && rule.floor() > rule.target());
    }

    private static KpiRule linear(KpiKey kpi, double weight, double target, double floor, Duration limit) {
        return new KpiRule(kpi, weight, target, floor, ScoringRule.LINEAR, false, limit);
    }
}
