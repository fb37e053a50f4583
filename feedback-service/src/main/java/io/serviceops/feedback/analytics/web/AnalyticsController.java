package io.serviceops.feedback.analytics.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.feedback.analytics.AnalyticsQuery;
import io.serviceops.feedback.analytics.Dimension;
import io.serviceops.feedback.analytics.FeedbackAnalytics;
import io.serviceops.feedback.analytics.Granularity;
import io.serviceops.feedback.analytics.SatisfactionFigures;
import io.serviceops.feedback.intake.Channel;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/feedback/analytics")
@Tag(name = "Feedback analytics", description = "CSAT, average satisfaction, NPS, response and complaint rates, topics")
class AnalyticsController {

    /** Caps the groups one request can ask the store for. */
    private static final long MAX_DAYS = 3 * 366;

    private final FeedbackAnalytics analytics;

    AnalyticsController(FeedbackAnalytics analytics) {
        this.analytics = analytics;
    }

    record AnalyticsReport(LocalDate from, LocalDate to, Granularity granularity, Dimension by,
            List<SatisfactionFigures> rows) {
    }

    @GetMapping("/satisfaction")
    @Operation(operationId = "getSatisfaction", summary = "Satisfaction figures per period, optionally broken down by store, staff member or channel",
            description = "from/to are inclusive days in the service's zone; rows are ordered by period, then key. "
                    + StoreScopeDocs.LIST)
    AnalyticsReport satisfaction(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "MONTH") Granularity granularity,
            @RequestParam(defaultValue = "NONE") Dimension by,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(required = false) Channel channel) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInput("to", "the period may span at most " + MAX_DAYS + " days");
        }
        var query = new AnalyticsQuery(from, to, granularity, by, storeId, staffId,
                channel == null ? null : channel.name());
        return new AnalyticsReport(from, to, granularity, by, analytics.figures(query));
    }
}
