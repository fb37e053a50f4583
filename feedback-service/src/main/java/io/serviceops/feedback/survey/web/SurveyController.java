package io.serviceops.feedback.survey.web;

import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.idempotency.IdempotencyKeys;
import io.serviceops.feedback.survey.Survey;
import io.serviceops.feedback.survey.SurveyCatalog;
import io.serviceops.feedback.survey.SurveyVersion;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Survey definitions and their published versions")
class SurveyController {

    private static final Set<String> SORTABLE = Set.of("code", "createdAt", "updatedAt");

    private final SurveyCatalog catalog;
    private final IdempotencyKeys idempotencyKeys;

    SurveyController(SurveyCatalog catalog, IdempotencyKeys idempotencyKeys) {
        this.catalog = catalog;
        this.idempotencyKeys = idempotencyKeys;
    }

    @PostMapping
    @Operation(summary = "Define a survey (its first draft)", description = "Publish the draft to let customers "
            + "answer it. A retry with the same Idempotency-Key from the same caller returns the first response as it "
            + "was (Idempotent-Replayed: true); the same key with another request is refused (422).")
    ResponseEntity<SurveyView> define(@Valid @RequestBody NewSurveyRequest request,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKey key = idempotencyKeys.of(idempotencyKey, request);
        var defined = catalog.define(request.code(), request.definition().title(), request.definition().toQuestions(),
                key, survey -> idempotencyKeys.stored(SurveyView.of(survey)));
        SurveyView view = defined.replayed()
                ? idempotencyKeys.replay(defined.aggregate().idempotency(), key, SurveyView.class)
                : SurveyView.of(defined.aggregate());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + view.id())).eTag("\"" + view.version() + "\"")
                .header("Idempotent-Replayed", String.valueOf(defined.replayed())).body(view);
    }

    @GetMapping
    @Operation(summary = "List surveys")
    PageView<SurveyView> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageView.of(catalog.list(Paging.of(page, size, sort, SORTABLE, Sort.by("code"))), SurveyView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey with its draft and every published version")
    ResponseEntity<SurveyView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        Survey survey = catalog.find(id);
        return ResponseEntity.ok().eTag(etag(survey)).body(SurveyView.of(survey));
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Replace the draft", description = "Send If-Match with the ETag you read; 412 when stale.")
    ResponseEntity<SurveyView> revise(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SurveyRequest request) {
        Survey survey = catalog.revise(id, Versions.fromIfMatch(ifMatch), request.title(), request.toQuestions());
        return ResponseEntity.ok().eTag(etag(survey)).body(SurveyView.of(survey));
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the draft as the next version", description = "Published versions never change.")
    ResponseEntity<SurveyVersion> publish(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Survey survey = catalog.publish(id, Versions.fromIfMatch(ifMatch));
        SurveyVersion published = survey.latest();
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/versions/" + published.number()))
                .eTag(etag(survey)).body(published);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One published version")
    SurveyVersion version(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @PathVariable @Min(value = 1, message = "must be at least 1") int number) {
        return catalog.find(id).version(number);
    }

    private static String etag(Survey survey) {
        return "\"" + (survey.version() == null ? 0 : survey.version()) + "\"";
    }
}
