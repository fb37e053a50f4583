package io.serviceops.training.standard;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.kpi.TemplateKpi;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * kpi-service owns the scorecards' weights and targets; the standards that explain them follow its
 * revisions. A target is offered as written ({@code target}, e.g. 0.9) and as a percentage
 * ({@code target-percent}, e.g. 90), so the text can say "≥ 90 %".
 */
@Component
class ScorecardFigures implements EventHandler<ScorecardTemplateRevised> {

    private final FigureFollowing following;

    ScorecardFigures(FigureFollowing following) {
        this.following = following;
    }

    @Override
    public Class<ScorecardTemplateRevised> eventType() {
        return ScorecardTemplateRevised.class;
    }

    @Override
    public void handle(EventEnvelope<ScorecardTemplateRevised> event) {
        ScorecardTemplateRevised template = event.data();
        Map<String, String> figures = new HashMap<>();
        for (TemplateKpi kpi : template.kpis()) {
            String prefix = "scorecard:" + template.templateId() + ":" + kpi.kpi() + ":";
            figures.put(prefix + "weight", Figure.number(kpi.weight()));
            figures.put(prefix + "target", Figure.number(kpi.target()));
            figures.put(prefix + "target-percent", Figure.number(kpi.target() * 100));
        }
        following.learn(figures, template.version(), "kpi-service scorecard-template " + template.templateId());
    }
}
