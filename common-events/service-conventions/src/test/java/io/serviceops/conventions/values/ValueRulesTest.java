package io.serviceops.conventions.values;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serviceops.conventions.ServiceConventionsAutoConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ValueRulesTest.Goals.class)
@ImportAutoConfiguration(ServiceConventionsAutoConfiguration.class)
@Import(ValueRulesTest.Goals.class)
class ValueRulesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anIntegerMustBeAWholeNumberNotAFractionNorText() throws Exception {
        refused("{\"count\": 4.5}", "count", "must be a whole number");
        refused("{\"count\": \"4\"}", "count", "must be a whole number");
        accepted("{\"count\": 4}");
    }

    @Test
    void aNumberMustBeFinite() throws Exception {
        refused("{\"target\": 1e400}", "target", "must be a finite number");
        refused("{\"target\": -1e400}", "target", "must be a finite number");
        accepted("{\"target\": 0.95}");
    }

    @Test
    void textMustNotHoldNulAnywhere() throws Exception {
        refused("{\"role\": \"AGENT\\u0000\"}", "role", "must not contain NUL characters");
        refused("{\"tags\": [\"ok\", \"b\\u0000d\"]}", "tags[1]", "must not contain NUL characters");
    }

    @Test
    void datesMustLieInTheYears2000To2100() throws Exception {
        refused("{\"at\": \"+999999999-12-31T23:59:59Z\"}", "at", "must be a date in the years 2000-2100");
        refused("{\"at\": \"-999999999-01-01T00:00:00Z\"}", "at", "must be a date in the years 2000-2100");
        refused("{\"day\": \"0001-01-01\"}", "day", "must be a date in the years 2000-2100");
        accepted("{\"at\": \"2026-11-04T10:00:00Z\", \"day\": \"2100-12-31\"}");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() throws Exception {
        refused("{\"count\": 1, \"priority\": \"URGENT\"}", "priority", "is not a field of this request");
    }

    @Test
    void anEnumIsNamedNotNumbered() throws Exception {
        refused("{\"kind\": 0}", "kind", "must be one of [MONTH, QUARTER]");
    }

    @Test
    void noMessageNamesAJavaClass() throws Exception {
        for (String body : List.of("{\"count\": {}}", "{\"at\": \"tomorrow\"}", "{\"tags\": 5}", "{\"count\": 1}}")) {
            mvc.perform(post("/goals").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(not(containsString("java."))))
                    .andExpect(content().string(not(containsString("io.serviceops"))));
        }
    }

    @Test
    void queryParametersFollowTheSameRules() throws Exception {
        mvc.perform(get("/goals").param("q", "a\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain NUL characters"));
        mvc.perform(get("/goals").param("periodStart", "+999999999-12-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodStart"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date in the years 2000-2100"));
        mvc.perform(get("/goals").param("from", "1900-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/goals").param("periodStart", "2026-11-01").param("from", "2026-11-01T00:00:00+08:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-10-31T16:00:00Z"));
    }

    private void refused(String body, String field, String message) throws Exception {
        ResultActions result = mvc.perform(post("/goals").contentType(MediaType.APPLICATION_JSON).content(body));
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private void accepted(String body) throws Exception {
        mvc.perform(post("/goals").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    enum Kind { MONTH, QUARTER }

    record Goal(Integer count, Double target, String role, List<String> tags, Instant at, LocalDate day, Kind kind) {
    }

    @RestController
    static class Goals {

        @PostMapping("/goals")
        Goal take(@RequestBody Goal goal) {
            return goal;
        }

        @GetMapping("/goals")
        Map<String, Object> find(@RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                @RequestParam(required = false) Instant from) {
            return from == null ? Map.of() : Map.of("from", from);
        }
    }
}
