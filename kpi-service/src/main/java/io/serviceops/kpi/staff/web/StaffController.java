package io.serviceops.kpi.staff.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.ids.Ids;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/kpi/staff")
@Tag(name = "Staff directory", description = "Which store and department (team) a staff member works in")
class StaffController {

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/{staffId}")
    @Operation(summary = "Record where a staff member works (create or replace)",
            description = "Staff limited to stores (X-User-Stores) place only people of their stores (anyone else: "
                    + "404 like an unknown person) and only into one of their stores (400 naming storeId).")
    StaffMember upsert(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @Valid @RequestBody Placement placement) {
        return directory.place(staffId, placement.storeId(), placement.department());
    }

    @GetMapping("/{staffId}")
    @Operation(summary = "Where a staff member works", description = StoreScopeDocs.OBJECT)
    StaffMember get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId) {
        return directory.find(staffId);
    }

    @GetMapping
    @Operation(summary = "The staff directory, optionally of one store", description = StoreScopeDocs.LIST)
    PageView<StaffMember> list(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("staffId", "storeId", "department"), Sort.by("staffId"));
        return PageView.of(directory.list(Optional.ofNullable(storeId), pageable));
    }

    record Placement(
            @Schema(example = "store-1") @NotBlank(message = "must not be blank")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @Schema(example = "FRONT_DESK") @NotBlank(message = "must not be blank")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case code like FRONT_DESK") String department) {
    }
}
