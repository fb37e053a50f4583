package io.serviceops.complaint.complaint.web;

import static io.serviceops.conventions.access.CallerIdentity.ADMIN;
import static io.serviceops.conventions.access.CallerIdentity.roleAuthority;
import static io.serviceops.conventions.access.CallerIdentity.scopeAuthority;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Customer phone numbers and e-mail addresses are for the people who call customers back: agents,
 * supervisors and admins, and integrations whose key carries {@value #CONTACT_SCOPE}. Everyone else
 * (a CRM key with only {@code complaints:read}, the customer app that filed the complaint) gets the
 * complaint without them.
 */
final class ContactVisibility {

    static final String CONTACT_SCOPE = "complaints:contact";
    private static final Set<String> MAY_SEE = Set.of(roleAuthority("AGENT"), roleAuthority("SUPERVISOR"),
            roleAuthority(ADMIN), scopeAuthority(CONTACT_SCOPE));

    private ContactVisibility() {
    }

    /** Whether the caller of the request being served may see contact data. */
    static boolean forCurrentCaller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(MAY_SEE::contains);
    }
}
