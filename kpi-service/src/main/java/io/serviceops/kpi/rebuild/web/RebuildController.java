package io.serviceops.kpi.rebuild.web;

import io.serviceops.kpi.rebuild.FactReplay;
import io.serviceops.kpi.rebuild.FactReplay.ReplayResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/kpi/rebuild")
@Tag(name = "Rebuild", description = "Rebuild the KPI facts from the Kafka event history")
class RebuildController {

    private final FactReplay replay;

    RebuildController(FactReplay replay) {
        this.replay = replay;
    }

    @PostMapping
    @Operation(operationId = "rebuildKpiFacts", summary = "Forget all facts and replay the complaint, feedback and training topics from the beginning",
            description = "Answers when the replay has reached the topics' end as of the call; 409 while another runs.")
    ReplayResult rebuild() {
        return replay.rebuild();
    }
}
