package io.serviceops.conventions.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call which of this service's paths: the same rule format as the gateway's
 * {@code serviceops.access}, limited to the paths the service exposes. {@code open} endpoints need no
 * identity; the first {@code rules} entry matching method and path decides; ADMIN passes every rule;
 * any other API path needs ADMIN, so a path nobody wrote a rule for is closed, not open.
 */
@Validated
@ConfigurationProperties("serviceops.access")
public record AccessProperties(@Valid List<Rule> open, @Valid List<Rule> rules) {

    public AccessProperties {
        open = open == null ? List.of() : open;
        rules = rules == null ? List.of() : rules;
    }

    public record Rule(List<String> methods, @NotEmpty(message = "a rule needs at least one path") List<String> paths,
            List<String> roles, List<String> scopes) {

        public Rule {
            methods = methods == null ? List.of() : methods;
            roles = roles == null ? List.of() : roles;
            scopes = scopes == null ? List.of() : scopes;
        }

        String[] authorities() {
            return Stream.of(roles.stream().map(CallerIdentity::roleAuthority),
                            Stream.of(CallerIdentity.roleAuthority(CallerIdentity.ADMIN)),
                            scopes.stream().map(CallerIdentity::scopeAuthority))
                    .flatMap(authorities -> authorities).distinct().toArray(String[]::new);
        }
    }
}
