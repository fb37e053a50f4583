package io.serviceops.complaint.sla.web;

import static io.serviceops.complaint.types.ComplaintType.CODE;
import static io.serviceops.complaint.types.ComplaintType.CODE_MESSAGE;

import io.serviceops.complaint.sla.SlaPolicy;
import io.serviceops.complaint.sla.SlaPolicyCatalog;
import io.serviceops.complaint.types.ComplaintTypeCatalog;
import io.serviceops.conventions.access.Acting;
import io.serviceops.conventions.web.Versions;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "SLA policies", description = "Versioned time limits per complaint type, on calendar or business hours")
class SlaPolicyController {

    private final SlaPolicyCatalog policies;
    private final ComplaintTypeCatalog types;

    SlaPolicyController(SlaPolicyCatalog policies, ComplaintTypeCatalog types) {
        this.policies = policies;
        this.types = types;
    }

    @GetMapping("/{type}")
    @Operation(summary = "The current policy of a type (version 0 = configured default)")
    ResponseEntity<SlaPolicy> current(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String type) {
        types.require("type", type);
        SlaPolicy policy = policies.current(type);
        return ResponseEntity.ok().eTag(Versions.etag(policy.version())).body(policy);
    }

    @GetMapping("/{type}/versions")
    @Operation(operationId = "listSlaPolicyVersions", summary = "Every version of a type's policy, newest first")
    List<SlaPolicy> versions(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String type) {
        types.require("type", type);
        return policies.history(type);
    }

    @PutMapping("/{type}")
    @Operation(summary = "Revise a type's policy", description = "Stores the next version; complaints already filed "
            + "keep the version they were filed under. Send the current ETag as If-Match (412 if stale); two "
            + "revisions racing from the same version give one 409.")
    ResponseEntity<SlaPolicy> revise(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String type,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SlaPolicyRequest request, Authentication caller) {
        types.require("type", type);
        Long expected = Versions.fromIfMatch(ifMatch);
        SlaPolicy revised = policies.revise(type, request.toDraft(), expected == null ? null : expected.intValue(),
                Acting.as(caller).actor());
        return ResponseEntity.ok().eTag(Versions.etag(revised.version())).body(revised);
    }
}
