package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Acknowledgement;
import io.serviceops.training.standard.AcknowledgementCompliance;
import io.serviceops.training.standard.Acknowledging;
import io.serviceops.training.standard.ComplianceRow;
import io.serviceops.training.standard.PendingAcknowledgement;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/standards")
@Tag(name = "Standards acknowledgement", description = "Staff confirm they have read a major version; "
        + "compliance per store and department; overdue confirmations and their reminders")
class AcknowledgementController {

    record AcknowledgementView(String standardId, String version, String staffId, Instant acknowledgedAt) {

        static AcknowledgementView of(Acknowledgement acknowledgement) {
            return new AcknowledgementView(acknowledgement.standardId(), acknowledgement.version(),
                    acknowledgement.staffId(), acknowledgement.acknowledgedAt());
        }
    }

    private final Acknowledging acknowledging;
    private final AcknowledgementCompliance compliance;

    AcknowledgementController(Acknowledging acknowledging, AcknowledgementCompliance compliance) {
        this.acknowledging = acknowledging;
        this.compliance = compliance;
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "The caller confirms having read the published version; once per major version (repeats "
            + "return the first confirmation)")
    AcknowledgementView acknowledge(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            Authentication caller) {
        return AcknowledgementView.of(acknowledging.acknowledge(id, Callers.of(caller)));
    }

    @GetMapping("/compliance")
    @Operation(summary = "Per store, department and standard in force: staff it applies to, confirmed, pending, "
            + "overdue (from the staff records' department, role and store)")
    List<ComplianceRow> compliance(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String department) {
        return compliance.rows(storeId, department);
    }

    @GetMapping("/acknowledgements/overdue")
    @Operation(operationId = "listOverdueAcknowledgements", summary = "Confirmations past serviceops.training.standards.acknowledgement-reminder-after "
            + "(default 7 days), with when the reminder went out")
    List<PendingAcknowledgement> overdue() {
        return compliance.overdue();
    }
}
