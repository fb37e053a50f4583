package io.serviceops.training.standard;

import java.util.List;

/**
 * What a standard is about and for whom: its owner department, the departments and roles it applies
 * to (empty = everyone), tags, and whether its published version is shown to customers (公示透明).
 */
public record StandardDetails(String title, String ownerDepartment, List<String> departments, List<String> roles,
        List<String> tags, boolean publicDocument) {

    public StandardDetails {
        departments = departments == null ? List.of() : List.copyOf(departments);
        roles = roles == null ? List.of() : List.copyOf(roles);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean appliesTo(String department, String role) {
        return (departments.isEmpty() || departments.contains(department))
                && (roles.isEmpty() || roles.contains(role));
    }
}
