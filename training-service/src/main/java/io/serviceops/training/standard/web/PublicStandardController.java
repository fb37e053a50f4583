package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Standard;
import io.serviceops.training.standard.StandardNotFound;
import io.serviceops.training.standard.Standards;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The promises a business makes to its customers (公示透明), readable without login through the gateway
 * for the web and mobile front ends: only standards marked public, only their published version.
 */
@RestController
@Validated
@RequestMapping("/api/v1/training/public/standards")
@Tag(name = "Public standards", description = "Published public standards; no login needed")
class PublicStandardController {

    private final Standards standards;

    PublicStandardController(Standards standards) {
        this.standards = standards;
    }

    @GetMapping
    @Operation(summary = "Every public standard in force, its published version only")
    List<PublicStandardView> list() {
        return standards.findByInForceTrueAndDetailsPublicDocumentTrueOrderById().stream()
                .map(PublicStandardView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One public standard in force; 404 for anything not public or not published")
    PublicStandardView get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return standards.findById(id).filter(Standard::shownToCustomers).map(PublicStandardView::of)
                .orElseThrow(() -> new StandardNotFound(id));
    }
}
