package io.serviceops.conventions.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.conventions.ServiceConventionsAutoConfiguration;
import io.serviceops.conventions.problem.NotFound;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API key that may act but not read gets an acknowledgement, not the object its action answers with. */
@WebMvcTest(controllers = ReadScopeAcknowledgementTest.Parcels.class, properties = {
        "serviceops.access.rules[0].methods=POST", "serviceops.access.rules[0].paths=/api/v1/parcels/**",
        "serviceops.access.rules[0].roles=AGENT", "serviceops.access.rules[0].scopes=parcels:act",
        "serviceops.access.rules[1].paths=/api/v1/parcels/**", "serviceops.access.rules[1].roles=AGENT",
        "serviceops.access.rules[1].scopes=parcels:read",
        "spring.application.name=parcel-service", "serviceops.identity.keys=" + ReadScopeAcknowledgementTest.KEYS})
@ImportAutoConfiguration({ServiceConventionsAutoConfiguration.class, CallerAccessAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import({ReadScopeAcknowledgementTest.Parcels.class, ReadScopeAcknowledgementTest.Meters.class})
class ReadScopeAcknowledgementTest {

    static final String KEYS = "k1:11111111111111111111111111111111";
    private static final String FULL = "{\"id\":\"p-1\",\"status\":\"HELD\",\"recipient\":\"Li Si\","
            + "\"notes\":\"leave with the neighbour\",\"version\":3}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aKeyThatMayActButNotReadGetsOnlyTheIdStatusAndVersion() throws Exception {
        double before = meters.counter("serviceops.access.acknowledged_only").count();

        String answer = mvc.perform(as(post("/api/v1/parcels/p-1/hold"), "INTEGRATION", "parcels:act"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).isEqualTo("{\"id\":\"p-1\",\"status\":\"HELD\",\"version\":3}");
        assertThat(meters.counter("serviceops.access.acknowledged_only").count() - before).isOne();
    }

    @Test
    void aStoredResponseReplayedAsTextIsCutDownAlikeAndAnObjectWithoutIdKeepsItsOwnIdField() throws Exception {
        mvc.perform(as(post("/api/v1/parcels/p-1/replay"), "INTEGRATION", "parcels:act"))
                .andExpect(content().json("{\"id\":\"p-1\",\"status\":\"HELD\",\"version\":3}", true));
        mvc.perform(as(post("/api/v1/parcels/p-1/route"), "INTEGRATION", "parcels:act"))
                .andExpect(content().json("{\"routeId\":\"r-9\"}", true));
    }

    @Test
    void aKeyWithTheReadScopeStaffAndRefusalsAreLeftAlone() throws Exception {
        mvc.perform(as(post("/api/v1/parcels/p-1/hold"), "INTEGRATION", "parcels:act parcels:read"))
                .andExpect(content().json(FULL, true));
        mvc.perform(as(post("/api/v1/parcels/p-1/hold"), "AGENT", ""))
                .andExpect(content().json(FULL, true));
        mvc.perform(as(post("/api/v1/parcels/p-2/hold"), "INTEGRATION", "parcels:act"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("p-2")));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String roles, String scopes) {
        Map<String, String> identity = Map.of(CallerIdentity.USER_ID, "crm-1", CallerIdentity.USER_ROLES, roles,
                CallerIdentity.USER_SCOPES, scopes);
        identity.forEach(request::header);
        return request.header(IdentityAssertion.HEADER, IdentityAssertion.sign(IdentityKeys.parse(KEYS),
                IdentityAssertion.identityHeaders(identity.keySet(), name -> List.of(identity.get(name))),
                "parcel-service", Instant.now().plusSeconds(60)));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    record Parcel(String id, String status, String recipient, String notes, long version) {
    }

    record Route(String routeId, String parcelId, String driver) {
    }

    @RestController
    static class Parcels {

        @PostMapping("/api/v1/parcels/{id}/hold")
        Parcel hold(@PathVariable String id) {
            if (!id.equals("p-1")) {
                throw new NotFound("Parcel", id);
            }
            return new Parcel("p-1", "HELD", "Li Si", "leave with the neighbour", 3);
        }

        @PostMapping(path = "/api/v1/parcels/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<String> replay(@PathVariable String id) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FULL);
        }

        @PostMapping("/api/v1/parcels/{id}/route")
        Route route(@PathVariable String id) {
            return new Route("r-9", id, "Wang Wu");
        }
    }
}
