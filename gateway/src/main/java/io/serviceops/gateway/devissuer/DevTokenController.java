package io.serviceops.gateway.devissuer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.serviceops.gateway.security.AuthProperties;
import io.serviceops.gateway.security.Role;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
@ConditionalOnBooleanProperty("serviceops.auth.dev-issuer.enabled")
@Tag(name = "Development token issuer", description = "Local stack only; disabled in production")
class DevTokenController {

    private final RSAKey signingKey;
    private final JwtEncoder encoder;
    private final DevIssuerProperties properties;
    private final String audience;

    DevTokenController(RSAKey devSigningKey, DevIssuerProperties properties, AuthProperties auth) {
        this.signingKey = devSigningKey;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(devSigningKey)));
        this.properties = properties;
        this.audience = auth.audience();
    }

    @PostMapping("/dev-token")
    @Operation(summary = "Mint a signed development JWT for a subject with roles, for the gateway's audience (aud)",
            description = "Optionally with the stores the subject works in (claim stores), which limit an AGENT or "
                    + "SUPERVISOR to those stores' complaints, feedback, improvement actions, scorecards, rankings, "
                    + "alerts and training.")
    DevToken issue(@Valid @RequestBody DevTokenRequest request) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(audience))
                .subject(request.subject())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("roles", request.roles().stream().map(Role::name).toList())
                .claims(all -> {
                    if (!request.stores().isEmpty()) {
                        all.put("stores", List.copyOf(request.stores()));
                    }
                })
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new DevToken(token, "Bearer", properties.tokenTtl().toSeconds());
    }

    @GetMapping("/jwks")
    @Operation(summary = "The public key that verifies development tokens (JWK set)")
    Map<String, Object> jwks() {
        return new JWKSet(signingKey.toPublicJWK()).toJSONObject();
    }

    record DevTokenRequest(
            @Schema(example = "alice")
            @NotNull(message = "subject is required")
            @Pattern(regexp = Ids.PATTERN, message = "subject " + Ids.MESSAGE)
            String subject,
            @Schema(example = "[\"AGENT\"]")
            @NotEmpty(message = "at least one role is required") Set<@NotNull Role> roles,
            @Schema(example = "[\"store-1\"]", description = "The stores the subject works in (claim stores): AGENT "
                    + "and SUPERVISOR then read and act only on those stores' objects. None: limited to no store.")
            Set<@NotNull(message = "stores must not hold null")
                    @Pattern(regexp = Ids.PATTERN, message = "stores " + Ids.MESSAGE) String> stores) {

        DevTokenRequest {
            stores = stores == null ? Set.of() : stores;
        }
    }

    record DevToken(String access_token, String token_type, long expires_in) {
    }
}
