package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Caller;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The caller the gateway's identity headers described (service-conventions made them an Authentication). */
final class Callers {

    private static final String ROLE = "ROLE_";

    private Callers() {
    }

    static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith(ROLE))
                .map(authority -> authority.substring(ROLE.length())).collect(Collectors.toSet()));
    }
}
