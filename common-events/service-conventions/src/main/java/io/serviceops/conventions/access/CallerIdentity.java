package io.serviceops.conventions.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedGrantedAuthoritiesWebAuthenticationDetails;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;

/**
 * The identity the gateway established and passes on in {@code X-User-Id}, {@code X-User-Roles}
 * (comma-separated), {@code X-User-Scopes} (space-separated) and {@code X-User-Stores}
 * (comma-separated, read by {@link StoreScope}). They are read only after
 * {@link VerifiedIdentity} has checked the gateway's signature over every {@code X-User-*} header, so a
 * caller that reaches the service port some other way cannot claim an identity; checking the roles
 * again here keeps a mis-routed or mis-configured path from exposing more than its roles allow.
 */
public final class CallerIdentity {

    public static final String USER_ID = "X-User-Id";
    public static final String USER_ROLES = "X-User-Roles";
    public static final String USER_SCOPES = "X-User-Scopes";
    /** The stores a staff member works in (comma-separated); absent for a caller limited to no store. */
    public static final String USER_STORES = "X-User-Stores";
    public static final String ADMIN = "ADMIN";

    private CallerIdentity() {
    }

    public static String roleAuthority(String role) {
        return "ROLE_" + role;
    }

    public static String scopeAuthority(String scope) {
        return "SCOPE_" + scope;
    }

    /** A store the caller works in, as an authority {@link StoreScope} reads. */
    public static String storeAuthority(String storeId) {
        return StoreScope.AUTHORITY_PREFIX + storeId;
    }

    static RequestHeaderAuthenticationFilter filter() {
        var filter = new RequestHeaderAuthenticationFilter();
        filter.setPrincipalRequestHeader(USER_ID);
        // Without X-User-Id the caller is anonymous: open endpoints still work, the others answer 401.
        filter.setExceptionIfHeaderMissing(false);
        filter.setAuthenticationDetailsSource(CallerIdentity::details);
        return filter;
    }

    private static PreAuthenticatedGrantedAuthoritiesWebAuthenticationDetails details(HttpServletRequest request) {
        List<GrantedAuthority> authorities = Stream.of(
                        split(request.getHeader(USER_ROLES), ",").map(CallerIdentity::roleAuthority),
                        split(request.getHeader(USER_SCOPES), " ").map(CallerIdentity::scopeAuthority),
                        split(request.getHeader(USER_STORES), ",").map(CallerIdentity::storeAuthority))
                .flatMap(each -> each).distinct().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return new PreAuthenticatedGrantedAuthoritiesWebAuthenticationDetails(request, authorities);
    }

    private static Stream<String> split(String header, String separator) {
        return header == null ? Stream.empty()
                : Arrays.stream(header.split(separator)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
