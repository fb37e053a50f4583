package io.serviceops.training.programme.web;

import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.ProgrammeCatalogue;
import io.serviceops.training.programme.ProgrammeKind;
import io.serviceops.training.programme.Programmes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/programmes")
@Tag(name = "Programmes", description = "Training programmes and their recurrence")
class ProgrammeController {

    private static final Map<String, String> SORTABLE = Map.of("topic", "details.topic", "kind", "details.kind",
            "createdAt", "createdAt");

    private final ProgrammeCatalogue catalogue;
    private final Programmes programmes;

    ProgrammeController(ProgrammeCatalogue catalogue, Programmes programmes) {
        this.catalogue = catalogue;
        this.programmes = programmes;
    }

    @PostMapping
    @Operation(summary = "Create a programme, optionally with its recurrence (sessions are generated at once)")
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody ProgrammeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        Programme programme = catalogue.create(request.toDetails(),
                request.schedule() == null ? null : request.schedule().toRecurrence(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + programme.id()))
                .eTag(Versions.etag(programme.version())).body(ProgrammeView.of(programme));
    }

    @GetMapping
    @Operation(summary = "List programmes, optionally of one kind and/or aimed at one department")
    PageView<ProgrammeView> list(@RequestParam(required = false) ProgrammeKind kind,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String department,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("details.topic"));
        var found = department == null
                ? (kind == null ? programmes.findAll(pageable) : programmes.findByDetailsKind(kind, pageable))
                : (kind == null ? programmes.findByDetailsTargetDepartments(department, pageable)
                        : programmes.findByDetailsKindAndDetailsTargetDepartments(kind, department, pageable));
        return PageView.of(found, ProgrammeView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme; the ETag carries its version")
    ResponseEntity<ProgrammeView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        Programme programme = catalogue.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(programme.version())).body(ProgrammeView.of(programme));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a programme's details (If-Match or version required for safe concurrent edits)")
    ResponseEntity<ProgrammeView> revise(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody ProgrammeRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Programme programme = Versions.guarded(ifMatch, request.version(),
                version -> catalogue.revise(id, request.toDetails(), version));
        return ResponseEntity.ok().eTag(Versions.etag(programme.version())).body(ProgrammeView.of(programme));
    }

    @GetMapping("/{id}/schedule")
    @Operation(summary = "The programme's recurrence")
    ResponseEntity<ScheduleView> schedule(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        Programme programme = catalogue.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(programme.version())).body(ScheduleView.of(programme));
    }

    @PutMapping("/{id}/schedule")
    @Operation(summary = "Set or change the recurrence; future sessions are regenerated, past and attended ones kept")
    ResponseEntity<ScheduleView> reschedule(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody @NotNull ScheduleRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Programme programme = Versions.guarded(ifMatch, request.version(),
                version -> catalogue.reschedule(id, request.toRecurrence(), version));
        return ResponseEntity.ok().eTag(Versions.etag(programme.version())).body(ScheduleView.of(programme));
    }
}
