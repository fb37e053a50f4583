package io.serviceops.complaint.types.web;

import static io.serviceops.complaint.types.ComplaintType.CODE;
import static io.serviceops.complaint.types.ComplaintType.CODE_MESSAGE;

import io.serviceops.complaint.types.ComplaintType;
import io.serviceops.complaint.types.ComplaintTypeCatalog;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaint-types")
@Tag(name = "Complaint types", description = "The manuals' three types and those operators add")
class ComplaintTypeController {

    private final ComplaintTypeCatalog catalog;

    ComplaintTypeController(ComplaintTypeCatalog catalog) {
        this.catalog = catalog;
    }

    record NewType(
            @Schema(example = "BILLING") @NotBlank(message = "is required") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Schema(example = "Billing error") @NotBlank(message = "is required") @Size(max = 100) String name,
            @Schema(example = "Wrong amount charged or refund not received") @Size(max = 1000) String description) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a complaint type", description = "409 if the code exists. Its SLA policy starts from "
            + "the fallback type's defaults until revised under /api/v1/sla-policies/{code}.")
    ResponseEntity<ComplaintType> add(@Valid @RequestBody NewType request) {
        ComplaintType added = catalog.add(request.code(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/complaint-types/" + added.code())).body(added);
    }

    @GetMapping
    @Operation(summary = "List complaint types")
    PageView<ComplaintType> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Map.of("code", "_id", "name", "name"), Sort.by("_id"));
        return PageView.of(catalog.list(pageable), Function.identity());
    }
}
