package io.serviceops.gateway.devissuer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.serviceops.gateway.security.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway as its own token issuer for local work: a fresh RS256 key per start (tokens die with the
 * process), tokens from {@code POST /auth/dev-token}, the public key at {@code /auth/jwks}. Its decoder
 * replaces Boot's issuer-based one and checks what that one checks: issuer, expiry and the audience
 * ({@code serviceops.auth.audience}), which the issuer writes into every token.
 */
@Configuration
@ConditionalOnBooleanProperty("serviceops.auth.dev-issuer.enabled")
@EnableConfigurationProperties(DevIssuerProperties.class)
class DevIssuerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevIssuerConfiguration.class);

    @Bean
    RSAKey devSigningKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    @Bean
    ReactiveJwtDecoder devJwtDecoder(RSAKey devSigningKey, DevIssuerProperties properties, AuthProperties auth)
            throws JOSEException {
        log.warn("The development token issuer is ON: anyone can mint tokens at /auth/dev-token. "
                + "Production must set serviceops.auth.dev-issuer.enabled=false and configure a real issuer.");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(devSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                audience(auth.audience())));
        // The default conversion turns iss into a URL, and this issuer's name is not one: on every request it
        // threw and caught an IllegalArgumentException before keeping the string (2.4 % of the warm gateway's CPU).
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        return decoder;
    }

    /** The same check Boot adds to a real issuer's decoder for {@code spring.security.oauth2.resourceserver.jwt.audiences}. */
    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, named -> named != null && named.contains(audience));
    }
}
