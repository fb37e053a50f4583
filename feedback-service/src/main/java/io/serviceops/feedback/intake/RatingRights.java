package io.serviceops.feedback.intake;

import static io.serviceops.conventions.access.CallerIdentity.ADMIN;
import static io.serviceops.conventions.access.CallerIdentity.roleAuthority;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may rate whom. A rating of a staff member feeds their scorecard and can lead to a performance
 * alert and retraining, so it counts only from the customer of the case — through the survey link sent
 * to them or their own case's survey in the customer app — or from a supervisor entering a customer's
 * response (accountable, recorded as the submitter). An agent or a CRM key records feedback for a store
 * or a complaint but names no staff member. Survey links are answered by customers only: staff and CRM
 * keys never answer one, and the invitation list never shows the token.
 */
public enum RatingRights {

    ANONYMOUS, CUSTOMER, AGENT, SUPERVISOR, CRM;

    /** The rights of the caller of the request being served. */
    public static RatingRights ofCurrentCaller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(roleAuthority("SUPERVISOR")) || authorities.contains(roleAuthority(ADMIN))) {
            return SUPERVISOR;
        }
        if (authorities.contains(roleAuthority("AGENT"))) {
            return AGENT;
        }
        if (authorities.contains(roleAuthority("INTEGRATION"))) {
            return CRM;
        }
        return authorities.contains(roleAuthority("CUSTOMER_APP")) ? CUSTOMER : ANONYMOUS;
    }

    /** Whether this caller's response may name the staff member it rates. */
    public boolean mayRateStaff() {
        return this == SUPERVISOR;
    }

    /** Whether this caller may answer a customer's survey: the customer (by link or app), nobody on the staff side. */
    public boolean mayAnswerSurveys() {
        return this == ANONYMOUS || this == CUSTOMER;
    }

    /** How a response this caller enters directly is recorded. */
    public RatingSource entrySource() {
        return switch (this) {
            case SUPERVISOR -> RatingSource.SUPERVISOR;
            case AGENT -> RatingSource.AGENT;
            case CRM -> RatingSource.CRM;
            case CUSTOMER -> RatingSource.CUSTOMER_APP;
            case ANONYMOUS -> RatingSource.SURVEY_LINK;
        };
    }
}
