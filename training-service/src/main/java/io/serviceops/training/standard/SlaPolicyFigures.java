package io.serviceops.training.standard;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.complaint.SlaPolicyRevised;
import java.util.Map;
import org.springframework.stereotype.Component;

/** complaint-service owns the time limits; the standards that promise them follow its revisions. */
@Component
class SlaPolicyFigures implements EventHandler<SlaPolicyRevised> {

    private final FigureFollowing following;

    SlaPolicyFigures(FigureFollowing following) {
        this.following = following;
    }

    @Override
    public Class<SlaPolicyRevised> eventType() {
        return SlaPolicyRevised.class;
    }

    @Override
    public void handle(EventEnvelope<SlaPolicyRevised> event) {
        SlaPolicyRevised policy = event.data();
        String prefix = "sla:" + policy.type() + ":";
        following.learn(Map.of(prefix + "resolution-hours", hours(policy.resolutionMinutes()),
                prefix + "first-response-hours", hours(policy.firstResponseMinutes())), policy.version(),
                "complaint-service sla-policy " + policy.type());
    }

    private static String hours(long minutes) {
        return Figure.number(minutes / 60.0);
    }
}
