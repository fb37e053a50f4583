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
        "serviceops.access.rules[1].paths=/api/v1/parcels/**", "serviceops.access.rules[1].roles=SUPERVISOR"})
@ImportAutoConfiguration({ServiceConventionsAutoConfiguration.class, CallerAccessAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import({CallerAccessTest.Parcels.class, CallerAccessTest.Meters.class})
class CallerAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAnonymousCallerGetsAProblem401() throws Exception {
        double before = denied("unauthenticated");
        mvc.perform(get("/api/v1/parcels/p-1"))
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
    void openEndpointsAndInfrastructureNeedNoIdentity() throws Exception {
        mvc.perform(post("/api/v1/parcels")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isNotFound());
    }

    @Test
    void aPathWithoutARuleNeedsAdmin() throws Exception {
        mvc.perform(as(get("/api/v1/unlisted"), "SUPERVISOR", "")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/unlisted"), "ADMIN", "")).andExpect(status().isOk());
    }

    private double denied(String reason) {
        return meters.counter("serviceops.access.denied", "reason", reason).count();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String roles,
            String scopes) {
        return request.header(CallerIdentity.USER_ID, "user-1").header(CallerIdentity.USER_ROLES, roles)
                .header(CallerIdentity.USER_SCOPES, scopes);
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
