package io.serviceops.gateway.security;

import java.util.Collection;
import java.util.stream.Stream;

import io.serviceops.ids.Ids;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The stores a caller works in (a token's {@code stores} claim, an API key's store limit) travel as
 * {@code STORE_<id>} authorities to {@link IdentityHeaders}, which passes them on as
 * {@code X-User-Stores}. A caller without stores is not limited to any (ADMIN, CRM-wide keys).
 */
public final class Stores {

    static final String AUTHORITY_PREFIX = "STORE_";

    private Stores() {
    }

    /**
     * The authorities of {@code storeIds}; an id outside the one id rule is dropped, so a claim can never
     * smuggle a separator into the comma-separated header.
     */
    public static Stream<GrantedAuthority> authorities(Collection<String> storeIds) {
        return storeIds == null ? Stream.empty()
                : storeIds.stream().filter(Ids::isValid).distinct().map(id -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + id));
    }
}
