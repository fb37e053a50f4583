package io.serviceops.complaint.complaint.web;

import static io.serviceops.conventions.access.CallerIdentity.ADMIN;
import static io.serviceops.conventions.access.CallerIdentity.roleAuthority;
import static io.serviceops.conventions.access.CallerIdentity.scopeAuthority;

import io.serviceops.complaint.complaint.Channel;
import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.Forbidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may set which field of a filing. Filing is open, so the body alone proves nothing: an identity
 * and a tier (which shorten deadlines) come only from an authenticated caller — a CUSTOMER_APP token for
 * its own subject, staff, or a CRM key; urgency and importance (the priority) only from staff; the CRM
 * channel and an external reference only from a CRM key, and only from a key holding {@code complaints:file}. An anonymous filer may leave contact details
 * for the reply and files through the web form.
 */
enum FilingRights {

    ANONYMOUS, CUSTOMER, INTEGRATION, STAFF;

    static final String FILE_SCOPE = "complaints:file";
    private static final Set<String> STAFF_ROLES = Set.of(roleAuthority("AGENT"), roleAuthority("SUPERVISOR"),
            roleAuthority(ADMIN));

    /** The rights of the caller of the request being served. */
    static FilingRights ofCurrentCaller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        if (authorities.stream().anyMatch(STAFF_ROLES::contains)) {
            return STAFF;
        }
        if (authorities.contains(roleAuthority("INTEGRATION"))) {
            // A key files as a CRM only with the filing scope; a key for another family is no anonymous filer.
            if (!authorities.contains(scopeAuthority(FILE_SCOPE))) {
                throw new Forbidden("This API key may not file complaints (scope " + FILE_SCOPE + ").");
            }
            return INTEGRATION;
        }
        return authorities.contains(roleAuthority("CUSTOMER_APP")) ? CUSTOMER : ANONYMOUS;
    }

    /** The channel a filing comes in on when the caller names none (staff and CRMs must name it). */
    Channel defaultChannel() {
        return this == CUSTOMER ? Channel.APP : this == ANONYMOUS ? Channel.ONLINE_FORM : null;
    }

    /** The fields of this request the caller may not set, each named; {@code subject} is the caller's id. */
    List<FieldError> refusals(FileComplaintRequest request, String subject) {
        List<FieldError> refused = new ArrayList<>();
        if (this == ANONYMOUS) {
            refuse(refused, request.customerId(), "customerId", "may be given only by a signed-in customer, staff or a CRM");
            refuse(refused, request.customerTier(), "customerTier", "may be given only by a signed-in customer, staff or a CRM");
        }
        if (this == CUSTOMER && request.customerId() != null && !request.customerId().equals(subject)) {
            refused.add(new FieldError("customerId", "must be the signed-in customer's own id"));
        }
        if (this != STAFF) {
            refuse(refused, request.urgency(), "urgency", "is set by staff");
            refuse(refused, request.importance(), "importance", "is set by staff");
        }
        if (this != INTEGRATION && this != STAFF) {
            refuse(refused, request.externalReference(), "externalReference", "may be given only by a CRM");
        }
        if ((this == ANONYMOUS || this == CUSTOMER) && request.channel() != null
                && request.channel() != defaultChannel() && request.channel() != Channel.ONLINE_FORM) {
            refused.add(new FieldError("channel", "is " + defaultChannel() + " for this caller"));
        }
        if (this == INTEGRATION && request.channel() == null || this == STAFF && request.channel() == null) {
            refused.add(new FieldError("channel", "is required"));
        }
        return refused;
    }

    private static void refuse(List<FieldError> refused, Object value, String field, String message) {
        if (value != null) {
            refused.add(new FieldError(field, message));
        }
    }
}
