package io.serviceops.gateway.devissuer;

import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway as its own token issuer for local work: a fresh RS256 key per start (tokens die with the
 * process), tokens from {@code POST /auth/dev-token}, the public key at {@code /auth/jwks}. Its decoder
 * replaces Boot's issuer-based one.
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
    ReactiveJwtDecoder devJwtDecoder(RSAKey devSigningKey, DevIssuerProperties properties) throws JOSEException {
        log.warn("The development token issuer is ON: anyone can mint tokens at /auth/dev-token. "
                + "Production must set serviceops.auth.dev-issuer.enabled=false and configure a real issuer.");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(devSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }
}
