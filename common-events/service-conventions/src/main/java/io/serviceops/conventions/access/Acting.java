package io.serviceops.conventions.access;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who does something, for the audit: always the caller the gateway authenticated (never a header or a
 * body field the client chose), and — when a body names someone else as the person whose work it is
 * ({@code respondedBy}, {@code resolvedBy}, …) — that person as {@code onBehalfOf}. Only a SUPERVISOR,
 * an ADMIN or an INTEGRATION (a CRM recording its agents' work) may act for another; anyone else naming
 * another person is refused with 403 ({@link ActingForAnotherRefused}).
 *
 * @param actor      the authenticated caller's id, or {@link #ANONYMOUS} on an open endpoint
 * @param onBehalfOf the person named in the body when it is not the caller, else null
 */
public record Acting(String actor, String onBehalfOf) {

    public static final String ANONYMOUS = "anonymous";
    private static final Set<String> MAY_ACT_FOR_OTHERS = Set.of(CallerIdentity.roleAuthority("SUPERVISOR"),
            CallerIdentity.roleAuthority(CallerIdentity.ADMIN), CallerIdentity.roleAuthority("INTEGRATION"));

    /** The caller acting in their own name; {@code caller} is null on an open endpoint. */
    public static Acting as(Authentication caller) {
        return new Acting(caller == null ? ANONYMOUS : caller.getName(), null);
    }

    /**
     * The caller acting as {@code named} (the body's {@code field}): in their own name when {@code named} is
     * absent or is the caller, on that person's behalf when the caller's role allows it, refused otherwise.
     */
    public static Acting as(Authentication caller, String named, String field) {
        Acting self = as(caller);
        if (named == null || named.equals(self.actor())) {
            return self;
        }
        boolean mayActForOthers = caller != null && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(MAY_ACT_FOR_OTHERS::contains);
        if (!mayActForOthers) {
            throw new ActingForAnotherRefused(field, self.actor());
        }
        return new Acting(self.actor(), named);
    }

    /** The person whose work this is: the one acted for, else the caller (KPIs credit this person). */
    public String performer() {
        return onBehalfOf == null ? actor : onBehalfOf;
    }
}
