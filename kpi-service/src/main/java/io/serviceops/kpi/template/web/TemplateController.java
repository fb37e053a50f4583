package io.serviceops.kpi.template.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@Validated
@RequestMapping("/api/v1/kpi/templates")
@Tag(name = "Scorecard templates", description = "KPIs with weight, target and scoring rule; edits create versions")
class TemplateController {

    private static final Map<String, Comparator<Template>> SORTABLE = Map.of(
            "templateId", Comparator.comparing(Template::templateId),
            "name", Comparator.comparing(Template::name));

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The current version of every template", description = "sort: templateId or name, ,asc or ,desc")
    PageView<Template> list(@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @RequestParam(required = false) List<String> sort) {
        Sort order = Paging.of(page, size, sort, SORTABLE.keySet(), Sort.by("templateId")).getSort();
        Comparator<Template> comparator = order.stream()
                .map(field -> field.isAscending() ? SORTABLE.get(field.getProperty())
                        : SORTABLE.get(field.getProperty()).reversed())
                .reduce(Comparator::thenComparing).orElseThrow();
        return PageView.of(catalog.currentVersions().stream().sorted(comparator).toList(), page, size);
    }

    @GetMapping("/{templateId}")
    @Operation(summary = "A template's current version; the ETag is its version")
    ResponseEntity<Template> current(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String templateId) {
        Template template = catalog.current(templateId);
        return ResponseEntity.ok().eTag(String.valueOf(template.version())).body(template);
    }

    @GetMapping("/{templateId}/versions")
    @Operation(operationId = "listTemplateVersions", summary = "Every version of a template, newest first")
    List<Template> versions(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String templateId) {
        return catalog.versions(templateId);
    }

    @GetMapping("/{templateId}/versions/{version}")
    @Operation(summary = "One version of a template, as past scorecards were computed with it")
    Template version(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String templateId,
            @PathVariable @Min(value = 1, message = "must be at least 1") int version) {
        return catalog.version(templateId, version);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a template (version 1); weights must add up to 100")
    ResponseEntity<Template> create(@Valid @RequestBody TemplateRequest request) {
        if (request.templateId() == null) {
            throw new InvalidInput("templateId", "is required to define a template");
        }
        Template created = catalog.create(request.templateId(), request.definition());
        return ResponseEntity.created(URI.create("/api/v1/kpi/templates/" + created.templateId()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    @PutMapping("/{templateId}")
    @Operation(summary = "Edit a template: stores the next version; send the version you edited (body or If-Match)")
    ResponseEntity<Template> revise(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String templateId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TemplateRequest request) {
        Template revised = catalog.revise(templateId, expectedVersion(templateId, ifMatch, request.version()),
                request.definition());
        return ResponseEntity.ok().eTag(String.valueOf(revised.version())).body(revised);
    }

    private int expectedVersion(String templateId, String ifMatch, Integer bodyVersion) {
        if (Versions.fromIfMatch(ifMatch) == null) {
            if (bodyVersion == null) {
                throw new InvalidInput("version", "send the version you edited, in the body or as If-Match");
            }
            return bodyVersion;
        }
        int current = catalog.current(templateId).version();
        Versions.check(ifMatch, (long) current);
        return current;
    }
}
