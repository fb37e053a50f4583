package io.serviceops.feedback.topic.web;

import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.feedback.topic.Language;
import io.serviceops.feedback.topic.Topic;
import io.serviceops.feedback.topic.TopicRule;
import io.serviceops.feedback.topic.TopicRuleBook;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/feedback/topic-rules")
@Tag(name = "Topic rules", description = "Keywords (zh-CN and English) that classify feedback by topic")
class TopicRuleController {

    private static final Set<String> SORTABLE = Set.of("topic", "language", "updatedAt");

    private final TopicRuleBook book;

    TopicRuleController(TopicRuleBook book) {
        this.book = book;
    }

    record RuleRequest(@NotNull(message = "is required") Topic topic,
            @NotNull(message = "is required") Language language,
            @NotEmpty(message = "must hold at least one keyword") @Size(max = 100, message = "must hold at most 100 keywords")
            List<@NotBlank(message = "must not be blank") @Size(max = 50, message = "must be at most 50 characters") String> keywords) {
    }

    record RuleView(String id, Topic topic, Language language, List<String> keywords, Instant updatedAt, long version) {

        static RuleView of(TopicRule rule) {
            return new RuleView(rule.id(), rule.topic(), rule.language(), rule.keywords(), rule.updatedAt(),
                    rule.version() == null ? 0 : rule.version());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a keyword rule")
    ResponseEntity<RuleView> add(@Valid @RequestBody RuleRequest request) {
        TopicRule rule = book.add(request.topic(), request.language(), request.keywords());
        return ResponseEntity.created(URI.create("/api/v1/feedback/topic-rules/" + rule.id())).eTag(etag(rule))
                .body(RuleView.of(rule));
    }

    @GetMapping
    @Operation(summary = "List keyword rules")
    PageView<RuleView> list(@RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageView.of(book.list(Paging.of(page, size, sort, SORTABLE, Sort.by("topic"))), RuleView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<RuleView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        TopicRule rule = book.find(id);
        return ResponseEntity.ok().eTag(etag(rule)).body(RuleView.of(rule));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a rule", description = "Send If-Match with the ETag you read; 412 when stale.")
    ResponseEntity<RuleView> change(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody RuleRequest request) {
        TopicRule rule = book.change(id, Versions.fromIfMatch(ifMatch), request.topic(), request.language(), request.keywords());
        return ResponseEntity.ok().eTag(etag(rule)).body(RuleView.of(rule));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a rule")
    ResponseEntity<Void> remove(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        book.remove(id);
        return ResponseEntity.noContent().build();
    }

    private static String etag(TopicRule rule) {
        return "\"" + (rule.version() == null ? 0 : rule.version()) + "\"";
    }
}
