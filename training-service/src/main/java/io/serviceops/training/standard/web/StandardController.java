package io.serviceops.training.standard.web;

import io.serviceops.training.standard.AuditEntry;
import io.serviceops.training.standard.SectionChange;
import io.serviceops.training.standard.Standard;
import io.serviceops.training.standard.StandardAuthoring;
import io.serviceops.training.standard.StandardNotFound;
import io.serviceops.training.standard.StandardVersion;
import io.serviceops.training.standard.Standards;
import io.serviceops.training.standard.VersionDiff;
import io.serviceops.training.standard.VersionNumber;
import io.serviceops.training.standard.web.StandardRequests.CreateRequest;
import io.serviceops.training.standard.web.StandardRequests.DetailsRequest;
import io.serviceops.training.standard.web.StandardRequests.DraftRequest;
import io.serviceops.training.standard.web.StandardRequests.RetirementRequest;
import io.serviceops.training.standard.web.StandardRequests.RevisionRequest;
import io.serviceops.training.standard.web.StandardRequests.SectionRequest;
import io.serviceops.ids.Ids;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/standards")
@Tag(name = "Standards", description = "Service standards (服务标准): write, review, publish, read, compare, retire. "
        + "Authors and reviewers are SUPERVISOR, TRAINER or ADMIN; every staff member reads them.")
class StandardController {

    private static final Map<String, String> SORTABLE = Map.of("title", "details.title", "reviewDue", "reviewDue",
            "id", "id");
    private static final String VERSION_MESSAGE = "must be a version such as 1.0 or 2.1";

    private final StandardAuthoring authoring;
    private final Standards standards;

    StandardController(StandardAuthoring authoring, Standards standards) {
        this.authoring = authoring;
        this.standards = standards;
    }

    @PostMapping
    @Operation(summary = "Write a new standard: version 1.0 as a DRAFT, sections sanitised on the way in")
    ResponseEntity<StandardView> create(@Valid @RequestBody CreateRequest request, Authentication caller) {
        Standard standard = authoring.create(request.id(), request.details().toDetails(),
                SectionRequest.drafts(request.sections()), request.programmeId(), request.details().reviewDue(),
                Callers.of(caller));
        return ResponseEntity.created(URI.create("/api/v1/training/standards/" + standard.id()))
                .eTag(Versions.etag(standard.version())).body(StandardView.of(standard));
    }

    @GetMapping
    @Operation(summary = "List standards, optionally with one tag")
    PageView<StandardView> list(@RequestParam(required = false) @Size(max = 40) String tag,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("id"));
        return PageView.of(tag == null ? standards.findAll(pageable) : standards.findByDetailsTags(tag, pageable),
                StandardView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A standard with its current (published) version; the ETag carries its revision")
    ResponseEntity<StandardView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        Standard standard = authoring.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(standard.version())).body(StandardView.of(standard));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change owner, audience, tags, public flag or review date (audited)")
    ResponseEntity<StandardView> describe(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody DetailsRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication caller) {
        Standard standard = Versions.guarded(ifMatch, null, expected -> authoring.describe(id, expected,
                request.toDetails(), request.reviewDue(), Callers.of(caller)));
        return ResponseEntity.ok().eTag(Versions.etag(standard.version())).body(StandardView.of(standard));
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Rewrite the open DRAFT's sections and programme")
    ResponseEntity<StandardView> rewriteDraft(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody DraftRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication caller) {
        Standard standard = Versions.guarded(ifMatch, null, expected -> authoring.rewriteDraft(id, expected,
                SectionRequest.drafts(request.sections()), request.programmeId(), request.changeNote(),
                Callers.of(caller)));
        return ResponseEntity.ok().eTag(Versions.etag(standard.version())).body(StandardView.of(standard));
    }

    @PostMapping("/{id}/revisions")
    @Operation(summary = "Open the next version as a DRAFT from the published one: major (re-learn) or minor (wording)")
    StandardView revise(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody RevisionRequest request, Authentication caller) {
        return StandardView.of(authoring.openRevision(id, request.major(), request.changeNote(), Callers.of(caller)));
    }

    @PostMapping("/{id}/retirement")
    @Operation(summary = "Retire the standard: the published version and any open revision end")
    StandardView retire(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody RetirementRequest request, Authentication caller) {
        return StandardView.of(authoring.retire(id, request.reason(), Callers.of(caller)));
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Any version, current or earlier, e.g. 1.0")
    VersionView version(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @PathVariable String version) {
        return VersionView.of(versionOf(authoring.get(id), "version", version));
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "What changed between two versions, section by section (matched by section key)")
    List<SectionChange> diff(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @RequestParam String from, @RequestParam String to) {
        Standard standard = authoring.get(id);
        return VersionDiff.between(versionOf(standard, "from", from), versionOf(standard, "to", to));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Every transition with the caller who made it, oldest first")
    List<AuditEntry> audit(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return authoring.get(id).audit();
    }

    private static StandardVersion versionOf(Standard standard, String field, String label) {
        VersionNumber number = VersionNumber.parse(label);
        if (number == null) {
            throw new InvalidInput(field, VERSION_MESSAGE);
        }
        return standard.version(number).orElseThrow(() -> new StandardNotFound(standard.id(), label));
    }
}
