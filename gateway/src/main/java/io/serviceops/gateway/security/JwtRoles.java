package io.serviceops.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import reactor.core.publisher.Mono;

/**
 * Roles from a configurable claim become {@code ROLE_*}, the standard {@code scope} claim {@code SCOPE_*}
 * and the stores of the configurable stores claim {@code STORE_*} ({@link Stores}).
 */
class JwtRoles implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final String rolesClaim;
    private final String storesClaim;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    JwtRoles(String rolesClaim, String storesClaim) {
        this.rolesClaim = rolesClaim;
        this.storesClaim = storesClaim;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        List<String> roles = jwt.hasClaim(rolesClaim) ? jwt.getClaimAsStringList(rolesClaim) : List.of();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT))));
        Stores.authorities(jwt.hasClaim(storesClaim) ? jwt.getClaimAsStringList(storesClaim) : List.of())
                .forEach(authorities::add);
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }
}
