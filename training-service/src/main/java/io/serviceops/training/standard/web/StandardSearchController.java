package io.serviceops.training.standard.web;

import io.serviceops.training.standard.StandardReading;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Standards")
class StandardSearchController {

    record Hit(@Schema(example = "std-complaint-time-limits") String standardId,
            @Schema(example = "投诉处理时限 Complaint time limits") String title,
            @Schema(example = "1.0") String version, List<SectionView> sections) {
    }

    private final StandardReading reading;

    StandardSearchController(StandardReading reading) {
        this.reading = reading;
    }

    @GetMapping("/api/v1/training/standards/search")
    @Operation(operationId = "searchStandards", summary = "Full-text search of the published versions, Chinese or English; "
            + "a hit holds every word (Chinese: every pair of adjacent characters) of the query")
    List<Hit> search(@RequestParam @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            @Parameter(example = "投诉时限") String q) {
        return reading.search(q).stream().map(hit -> new Hit(hit.standard().id(), hit.standard().details().title(),
                hit.standard().current().orElseThrow().number().label(),
                hit.sections().stream().map(SectionView::of).toList())).toList();
    }
}
