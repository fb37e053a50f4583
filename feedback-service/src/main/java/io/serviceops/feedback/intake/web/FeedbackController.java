package io.serviceops.feedback.intake.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.feedback.intake.Channel;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.intake.FeedbackFilter;
import io.serviceops.feedback.intake.FeedbackIntake;
import io.serviceops.feedback.intake.FeedbackSearch;
import io.serviceops.feedback.intake.RatingRefusals;
import io.serviceops.feedback.intake.RatingRights;
import io.serviceops.feedback.intake.Submitter;
import io.serviceops.conventions.problem.InvalidInput;
import org.springframework.security.core.Authentication;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.idempotency.IdempotencyKeys;
import io.serviceops.feedback.topic.Topic;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Customer feedback from every channel (顾客反馈)")
class FeedbackController {

    private static final Set<String> SORTABLE = Set.of("receivedAt", "satisfaction", "nps", "channel", "topic");

    private final FeedbackIntake intake;
    private final FeedbackSearch search;
    private final IdempotencyKeys idempotencyKeys;
    private final RatingRefusals refusals;

    FeedbackController(FeedbackIntake intake, FeedbackSearch search, IdempotencyKeys idempotencyKeys,
            RatingRefusals refusals) {
        this.intake = intake;
        this.search = search;
        this.idempotencyKeys = idempotencyKeys;
        this.refusals = refusals;
    }

    @PostMapping
    @Operation(summary = "Record feedback from any channel",
            description = "Staff and CRM keys enter what customers said (hotline, interview, suggestion box, reviews). "
                    + "Only a SUPERVISOR (or ADMIN) may name the staff member rated (`staffId`); an AGENT or a CRM key "
                    + "gets 400 naming it — customers rate staff through their case's survey. The response records its "
                    + "`source` and `submittedBy`. A retry with the same Idempotency-Key from the same caller returns the "
                    + "first response as it was (Idempotent-Replayed: true); the same key with another request is "
                    + "refused (422). Keys are scoped to the caller, so one caller never sees another's feedback.")
    ResponseEntity<FeedbackView> submit(@Valid @RequestBody FeedbackRequest request,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            Authentication caller) {
        RatingRights rights = RatingRights.ofCurrentCaller();
        if (request.staffId() != null && !rights.mayRateStaff()) {
            refusals.refused(RatingRefusals.STAFF_NAMED);
            throw new InvalidInput("staffId", "may be given only by a supervisor entering a customer's response; "
                    + "customers rate staff through their case's survey");
        }
        IdempotencyKey key = idempotencyKeys.of(idempotencyKey, request);
        Submitter submitter = new Submitter(rights.entrySource(), caller == null ? null : caller.getName());
        var submitted = intake.submit(request.toSubmission(submitter), key,
                feedback -> idempotencyKeys.stored(FeedbackView.of(feedback)));
        FeedbackView view = submitted.replayed()
                ? idempotencyKeys.replay(submitted.aggregate().idempotency(), key, FeedbackView.class)
                : FeedbackView.of(submitted.aggregate());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + view.id()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One response", description = StoreScopeDocs.OBJECT)
    FeedbackView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return FeedbackView.of(intake.find(id));
    }

    @GetMapping
    @Operation(summary = "Search responses", description = "Filters combine; from/to are inclusive days. "
            + StoreScopeDocs.LIST)
    PageView<FeedbackView> list(@RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Topic topic,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String complaintId,
            @RequestParam(required = false) Boolean negative,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var filter = new FeedbackFilter(channel, topic, storeId, staffId, complaintId, negative, from, to);
        var request = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "receivedAt"));
        return PageView.of(search.find(filter, request), FeedbackView::of);
    }
}
