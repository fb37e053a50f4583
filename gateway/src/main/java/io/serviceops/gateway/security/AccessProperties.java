package io.serviceops.gateway.security;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call which path, kept in configuration. {@code open} endpoints need no credentials (they are
 * still rate limited); the first {@code rules} entry matching method and path decides; ADMIN passes
 * every rule; any other path needs ADMIN.
 */
@Validated
@ConfigurationProperties("serviceops.access")
record AccessProperties(@NotNull @Valid List<Rule> open, @NotNull @Valid List<Rule> rules) {

    record Rule(List<String> methods, @NotEmpty(message = "a rule needs at least one path") List<String> paths,
            List<Role> roles, List<String> scopes) {

        Rule {
            methods = methods == null ? List.of() : methods;
            roles = roles == null ? List.of() : roles;
            scopes = scopes == null ? List.of() : scopes;
        }

        String[] authorities() {
            return Stream.concat(Stream.concat(roles.stream().map(Role::authority), Stream.of(Role.ADMIN.authority())),
                    scopes.stream().map(scope -> "SCOPE_" + scope)).distinct().toArray(String[]::new);
        }
    }
}
