package io.serviceops.feedback.intake.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.intake.FeedbackFilter;
import io.serviceops.feedback.intake.FeedbackSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/feedback/export")
@Tag(name = "Feedback", description = "Customer feedback from every channel (顾客反馈)")
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedbackSearch search;

    ExportController(FeedbackSearch search) {
        this.search = search;
    }

    enum Format { JSON, CSV }

    @GetMapping
    @Operation(operationId = "exportFeedback", summary = "Raw responses of a period, a page at a time, as JSON or CSV",
            description = "Oldest first. CSV pages carry X-Total-Count and X-Total-Pages; fetch page=0.. until the last.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = PageView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = FeedbackCsv.HEADER))}))
    ResponseEntity<?> export(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "JSON") Format format,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        var filter = new FeedbackFilter(null, null, null, null, null, null, from, to);
        Page<Feedback> rows = search.find(filter, PageRequest.of(page, size, Sort.by("receivedAt", "_id")));
        if (format == Format.JSON) {
            return ResponseEntity.ok(PageView.of(rows, FeedbackView::of));
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .header("X-Total-Pages", Integer.toString(rows.getTotalPages()))
                .body(FeedbackCsv.of(rows.getContent()));
    }
}
