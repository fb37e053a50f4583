package io.serviceops.training.standard;

import java.util.List;

/** For one store and department and one standard in force: who must confirm it, who has, who not yet. */
public record ComplianceRow(String storeId, String department, String standardId, String title, String version,
        int applicableStaff, int acknowledged, int overdue, List<PendingAcknowledgement> pending) {
}
