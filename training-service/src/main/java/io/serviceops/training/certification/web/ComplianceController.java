package io.serviceops.training.certification.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.certification.Certification;
import io.serviceops.training.certification.Certifications;
import io.serviceops.training.certification.Compliance;
import io.serviceops.training.certification.ComplianceEntry;
import io.serviceops.training.directory.StaffDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Compliance", description = "Mandatory training per department and recertification. Staff limited to "
        + "stores (X-User-Stores) see only the people their staff records place in those stores (members counts only "
        + "them); ADMIN and callers without stores see all.")
class ComplianceController {

    record DepartmentCompliance(String department, int members, List<ComplianceEntry> overdue,
            List<ComplianceEntry> entries) {
    }

    private final Compliance compliance;
    private final Certifications certifications;
    private final StaffDirectory directory;

    ComplianceController(Compliance compliance, Certifications certifications, StaffDirectory directory) {
        this.compliance = compliance;
        this.certifications = certifications;
        this.directory = directory;
    }

    @GetMapping("/api/v1/training/compliance")
    @Operation(operationId = "getCompliance", summary = "A department's members against its mandatory programmes; 'overdue' lists expired or missing")
    DepartmentCompliance of(@RequestParam @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String department) {
        Predicate<String> visible = directory.visibleToCaller();
        List<ComplianceEntry> entries = compliance.of(department).stream()
                .filter(entry -> visible.test(entry.staffId())).toList();
        int members = (int) entries.stream().map(ComplianceEntry::staffId).distinct().count();
        return new DepartmentCompliance(department, members,
                entries.stream().filter(ComplianceEntry::overdue).toList(), entries);
    }

    @GetMapping("/api/v1/training/certifications/due")
    @Operation(operationId = "listCertificationsDue", summary = "Certifications expiring within the warning window or expired: who is due for recertification")
    List<Certification> due() {
        Predicate<String> visible = directory.visibleToCaller();
        return certifications.dueForRecertification().stream()
                .filter(certification -> visible.test(certification.staffId())).toList();
    }
}
