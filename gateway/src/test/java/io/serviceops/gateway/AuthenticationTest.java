package io.serviceops.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends GatewayTestSupport {

    @Autowired
    private RSAKey devSigningKey;

    @Autowired
    private MeterRegistry meters;

    @Test
    void refusesAProtectedPathWithoutCredentialsAsProblem401() {
        client.get().uri("/api/v1/complaints/c-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("bearer token"))
                .jsonPath("$.requestId").exists();
    }

    @Test
    void refusesAForgedTokenAsProblem401() {
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth("eyJhbGciOiJub25lIn0.e30.x"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    @Test
    void refusesAValidlySignedTokenForAnotherAudienceOrNoneAsProblem401() {
        String forAnotherApi = signed(List.of("billing-api"));
        String forNoAudience = signed(null);

        for (String token : List.of(forAnotherApi, forNoAudience)) {
            client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(401);
        }
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(signed(List.of("serviceops-api"))))
                .exchange().expectStatus().isOk();
    }

    @Test
    void verifiesARepeatedTokenOnceAndRefusesARepeatedBadOneEachTime() {
        String good = signed(List.of("serviceops-api"));
        String bad = signed(List.of("billing-api"));
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(good)).exchange().expectStatus().isOk();
        double hitsBefore = verifiedTokenHits();

        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(good)).exchange().expectStatus().isOk();
            client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(bad)).exchange().expectStatus().isUnauthorized();
        }

        assertThat(verifiedTokenHits() - hitsBefore).isEqualTo(2.0);
    }

    private double verifiedTokenHits() {
        return meters.get("cache.gets").tag("cache", "gateway.verified.tokens").tag("result", "hit").functionCounter().count();
    }

    @Test
    void mintsDevelopmentTokensForTheGatewaysAudience() {
        String payload = token("sue", "SUPERVISOR").split("\\.")[1];

        assertThat(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .contains("\"aud\"").contains("serviceops-api");
    }

    @Test
    void refusesAValidlySignedTokenFromAnotherIssuerAsProblem401() {
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(signed("serviceops-dev-2", List.of("serviceops-api"))))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String signed(List<String> audience) {
        return signed("serviceops-dev", audience);
    }

    /** A token signed with the development issuer's own key, so only its issuer or audience can make it fail. */
    private String signed(String issuer, List<String> audience) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject("sue").issuedAt(now)
                .expiresAt(now.plusSeconds(300)).claim("roles", List.of("SUPERVISOR"));
        if (audience != null) {
            claims.audience(audience);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(devSigningKey.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(devSigningKey)))
                .encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    @Test
    void refusesARoleWithoutAccessAsProblem403() {
        client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void letsEachRoleReachItsOwnArea() {
        client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(token("tom", "TRAINER")))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token("sue", "SUPERVISOR")))
                .exchange().expectStatus().isOk();
        client.put().uri("/api/v1/sla-policies/p-1").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void leavesFilingAComplaintAndAnsweringASurveyOpen() {
        client.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers.x-user-id").doesNotExist();
        client.get().uri("/api/v1/feedback/invitations/tok-1").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/feedback/invitations/tok-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/complaints").exchange().expectStatus().isUnauthorized();
        // The customer's status link is open; the complaint itself is not.
        client.get().uri("/api/v1/complaints/tracking/tok-1").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/complaints/c-1").exchange().expectStatus().isUnauthorized();
        // Only a survey whose token the customer holds is open; the list of invitations (and their tokens) is not.
        client.get().uri("/api/v1/feedback/invitations?complaintId=c-1").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void leavesPublicStandardsOpenAndLetsEveryStaffMemberReadAndConfirmTheOthers() {
        client.get().uri("/api/v1/training/public/standards").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.headers.x-user-id").doesNotExist();
        client.get().uri("/api/v1/training/public/standards/std-1").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/training/standards/std-1").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/training/public/standards").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();

        client.get().uri("/api/v1/training/standards/std-1").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/training/standards/std-1/acknowledgement")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/training/standards").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/training/standards/compliance")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT"))).exchange().expectStatus().isForbidden();
        client.post().uri("/api/v1/training/standards").headers(h -> h.setBearerAuth(token("sue", "SUPERVISOR")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(token("sue", "SUPERVISOR")))
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/training/programmes").headers(h -> h.setBearerAuth(token("sue", "SUPERVISOR")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isForbidden();
    }

    @Test
    void letsAnApiKeyWriteWithinItsScopesAsIntegration() {
        client.post().uri("/api/v1/complaints/c-1/notes").header("X-Api-Key", FULL_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-user-id").isEqualTo("crm-full")
                .jsonPath("$.headers.x-user-roles").isEqualTo("INTEGRATION")
                .jsonPath("$.headers.x-api-key").doesNotExist();
    }

    @Test
    void letsOnlyAdminsAndKeysWithTheManageScopeManageWebhooks() {
        client.get().uri("/api/v1/webhooks/subscriptions").header("X-Api-Key", WEBHOOKS_KEY)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers.x-user-scopes").isEqualTo("webhooks:manage");
        client.get().uri("/api/v1/webhooks/subscriptions").header("X-Api-Key", FULL_KEY)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/webhooks/subscriptions").headers(h -> h.setBearerAuth(token("sam", "SUPERVISOR")))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/webhooks/subscriptions").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void letsOnlyTheDataProtectionOfficerAndAdminsHandlePersonalDataRequests() {
        client.post().uri("/api/v1/privacy/requests").headers(h -> h.setBearerAuth(token("dora", "DPO")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("complaints");
        client.get().uri("/api/v1/privacy/requests").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/privacy/requests").headers(h -> h.setBearerAuth(token("sam", "SUPERVISOR")))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/privacy/requests").header("X-Api-Key", FULL_KEY)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void refusesAnApiKeyOutsideItsScopesAsProblem403() {
        client.post().uri("/api/v1/complaints/c-1/notes").header("X-Api-Key", FEEDBACK_ONLY_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/kpi/scorecards").header("X-Api-Key", FULL_KEY)
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void refusesRevokedAndUnknownApiKeysAsProblem401() {
        for (String key : new String[] {REVOKED_KEY, "made-up"}) {
            client.post().uri("/api/v1/complaints/c-1/notes").header("X-Api-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("The API key is unknown or revoked.");
        }
    }

    @Test
    void publishesTheKeyThatVerifiesDevelopmentTokens() {
        client.get().uri("/auth/jwks")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    @Test
    void rejectsADevelopmentTokenRequestWithoutRolesNamingTheField() {
        client.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "alice", "roles", new String[0]))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("roles");
        client.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "alice", "roles", new String[] {"EMPEROR"}))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
