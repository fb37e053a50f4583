package io.serviceops.conventions.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.conventions.ServiceConventionsAutoConfiguration;
import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = CallerAccessTest.Parcels.class, properties = {
        "serviceops.access.open[0].methods=POST", "serviceops.access.open[0].paths=/api/v1/parcels",
        "serviceops.access.rules[0].methods=GET", "serviceops.access.rules[0].paths=/api/v1/parcels/**",
        "serviceops.access.rules[0].roles=AGENT,SUPERVISOR", "serviceops.access.rules[0].scopes=parcels:read",
        "serviceops.access.rules[1].paths=/api/v1/parcels/**", "serviceops.access.rules[1].roles=SUPERVISOR",
        "spring.application.name=parcel-service", "serviceops.identity.keys=" + CallerAccessTest.KEYS})
@ImportAutoConfiguration({ServiceConventionsAutoConfiguration.class, CallerAccessAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import({CallerAccessTest.Parcels.class, CallerAccessTest.Meters.class})
class CallerAccessTest {

    static final String KEYS = "k2:22222222222222222222222222222222,k1:11111111111111111111111111111111";
    private static final IdentityKeys RING = IdentityKeys.parse(KEYS);

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAnonymousCallerGetsAProblem401() throws Exception {
        double before = denied("unauthenticated");
        mvc.perform(signed(get("/api/v1/parcels/p-1"), Map.of()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.instance").value("/api/v1/parcels/p-1"));

        assertThat(denied("unauthenticated") - before).isOne();
    }

    @Test
    void aRoleTheRuleDoesNotNameGetsAProblem403() throws Exception {
        double before = denied("forbidden");
        mvc.perform(as(get("/api/v1/parcels/p-1"), "TRAINER", ""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Forbidden"));
        mvc.perform(as(get("/api/v1/parcels/p-1"), "TRAINER", "").header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.title").value("禁止访问"));

        assertThat(denied("forbidden") - before).isEqualTo(2);
    }

    @Test
    void theNamedRolesAdminAndTheNamedScopePass() throws Exception {
        mvc.perform(as(get("/api/v1/parcels/p-1"), "AGENT", "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.caller").value("user-1"))
                .andExpect(jsonPath("$.authorities").value("ROLE_AGENT"));
        mvc.perform(as(get("/api/v1/parcels/p-1"), "ADMIN", "")).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/parcels/p-1"), "INTEGRATION", "parcels:read parcels:write"))
                .andExpect(status().isOk());
    }

    @Test
    void theFirstMatchingRuleDecides() throws Exception {
        // Writes fall through the GET rule to the SUPERVISOR rule, so the read scope does not allow them.
        mvc.perform(as(post("/api/v1/parcels/p-1/hold"), "INTEGRATION", "parcels:read"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/v1/parcels/p-1/hold"), "SUPERVISOR", "")).andExpect(status().isOk());
    }

    @Test
    void openEndpointsNeedTheGatewaysAssertionButNoIdentityAndInfrastructureNeedsNeither() throws Exception {
        mvc.perform(signed(post("/api/v1/parcels"), Map.of())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/parcels")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    @Test
    void identityHeadersWithoutTheGatewaysSignatureAreA401ProblemCountedByReason() throws Exception {
        double before = rejected("missing");
        mvc.perform(get("/api/v1/parcels/p-1").header(CallerIdentity.USER_ID, "mallory")
                        .header(CallerIdentity.USER_ROLES, "ADMIN"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentication required"));
        assertThat(rejected("missing") - before).isOne();
    }

    @Test
    void aTamperedExpiredMisaddressedOrUnknownKeyAssertionIsA401() throws Exception {
        var agent = Map.of(CallerIdentity.USER_ID, "user-1", CallerIdentity.USER_ROLES, "AGENT");
        String forAgent = assertion(agent, "parcel-service", Instant.now().plusSeconds(60), RING);
        var escalated = get("/api/v1/parcels/p-1").header(IdentityAssertion.HEADER, forAgent)
                .header(CallerIdentity.USER_ID, "user-1").header(CallerIdentity.USER_ROLES, "ADMIN");
        var expired = signed(get("/api/v1/parcels/p-1"), agent, "parcel-service", Instant.now().minusSeconds(1), RING);
        var misaddressed = signed(get("/api/v1/parcels/p-1"), agent, "kpi-service", Instant.now().plusSeconds(60), RING);
        var unknownKey = signed(get("/api/v1/parcels/p-1"), agent, "parcel-service", Instant.now().plusSeconds(60),
                IdentityKeys.parse("k9:99999999999999999999999999999999"));
        var attempts = Map.of("bad-signature", escalated, "expired", expired, "wrong-audience", misaddressed,
                "unknown-key", unknownKey);
        for (var attempt : attempts.entrySet()) {
            double before = rejected(attempt.getKey());
            mvc.perform(attempt.getValue()).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(rejected(attempt.getKey()) - before).as(attempt.getKey()).isOne();
        }
    }

    @Test
    void anAssertionByTheOlderKeyOfTheRingStillPasses() throws Exception {
        var agent = Map.of(CallerIdentity.USER_ID, "user-1", CallerIdentity.USER_ROLES, "AGENT");
        mvc.perform(signed(get("/api/v1/parcels/p-1"), agent, "parcel-service", Instant.now().plusSeconds(60),
                IdentityKeys.parse("k1:11111111111111111111111111111111"))).andExpect(status().isOk());
    }

    @Test
    void aPathWithoutARuleNeedsAdmin() throws Exception {
        mvc.perform(as(get("/api/v1/unlisted"), "SUPERVISOR", "")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/unlisted"), "ADMIN", "")).andExpect(status().isOk());
    }

    private double rejected(String reason) {
        return meters.counter("serviceops.identity.rejected", "reason", reason).count();
    }

    private double denied(String reason) {
        return meters.counter("serviceops.access.denied", "reason", reason).count();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String roles,
            String scopes) {
        return signed(request, Map.of(CallerIdentity.USER_ID, "user-1", CallerIdentity.USER_ROLES, roles,
                CallerIdentity.USER_SCOPES, scopes));
    }

    private static MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request, Map<String, String> identity) {
        return signed(request, identity, "parcel-service", Instant.now().plusSeconds(60), RING);
    }

    private static MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request, Map<String, String> identity,
            String audience, Instant expiry, IdentityKeys keys) {
        identity.forEach(request::header);
        return request.header(IdentityAssertion.HEADER, assertion(identity, audience, expiry, keys));
    }

    private static String assertion(Map<String, String> identity, String audience, Instant expiry, IdentityKeys keys) {
        return IdentityAssertion.sign(keys, IdentityAssertion.identityHeaders(identity.keySet(), name -> List.of(identity.get(name))),
                audience, expiry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @RestController
    static class Parcels {

        @PostMapping("/api/v1/parcels")
        String file() {
            return "{}";
        }

        @GetMapping("/api/v1/parcels/{id}")
        java.util.Map<String, String> show(Authentication caller) {
            return java.util.Map.of("caller", caller.getName(), "authorities",
                    caller.getAuthorities().iterator().next().getAuthority());
        }

        @PostMapping("/api/v1/parcels/{id}/hold")
        String hold() {
            return "{}";
        }

        @GetMapping("/api/v1/unlisted")
        String unlisted() {
            return "{}";
        }
    }
}
