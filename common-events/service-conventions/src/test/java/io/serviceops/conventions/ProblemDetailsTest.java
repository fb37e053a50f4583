package io.serviceops.conventions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ProblemDetailsTest.Parcels.class)
@ImportAutoConfiguration(ServiceConventionsAutoConfiguration.class)
@Import(ProblemDetailsTest.Parcels.class)
class ProblemDetailsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryInvalidFieldOfABody() throws Exception {
        mvc.perform(post("/api/v1/parcels").contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 500}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.detail").value("Invalid value for: label, weight."))
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[1].field").value("weight"));
    }

    @Test
    void speaksChineseWhenAskedTo() throws Exception {
        mvc.perform(post("/api/v1/parcels").contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 5}")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("校验失败"))
                .andExpect(jsonPath("$.detail").value("以下字段的值无效：label。"));
    }

    @Test
    void namesTheFieldThatCannotBeRead() throws Exception {
        mvc.perform(post("/api/v1/parcels").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"box\", \"weight\": \"heavy\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("weight"));
    }

    @Test
    void answersBrokenJsonWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/parcels").contentType(MediaType.APPLICATION_JSON).content("{\"label\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void namesAnInvalidQueryParameter() throws Exception {
        mvc.perform(get("/api/v1/parcels").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void namesBodyFieldsWhenAnotherParameterIsValidatedToo() throws Exception {
        mvc.perform(post("/api/v1/parcels/labelled").header("X-Label", "ok").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"box\", \"weight\": 500}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"));
    }

    @Test
    void hidesTheInternalsOfAnUnexpectedFailureAndQuotesTheRequestId() throws Exception {
        mvc.perform(get("/api/v1/parcels/broken").header("X-Request-Id", "req-42"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("X-Request-Id", "req-42"))
                .andExpect(jsonPath("$.requestId").value("req-42"))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void replacesARequestIdThatIsUnsafeToLog() throws Exception {
        mvc.perform(get("/api/v1/parcels").header("X-Request-Id", "evil\nid"))
                .andExpect(header().string("X-Request-Id", not(containsString("evil"))));
    }

    record ParcelRequest(@NotBlank String label, @NotNull @Max(100) Integer weight) {
    }

    @RestController
    static class Parcels {

        @PostMapping("/api/v1/parcels")
        ParcelRequest create(@Valid @RequestBody ParcelRequest request) {
            return request;
        }

        @GetMapping("/api/v1/parcels")
        String list(@RequestParam(defaultValue = "20") @Max(100) int size) {
            return "[]";
        }

        @PostMapping("/api/v1/parcels/labelled")
        ParcelRequest createLabelled(@RequestHeader("X-Label") @Size(max = 10) String label,
                @Valid @RequestBody ParcelRequest request) {
            return request;
        }

        @GetMapping("/api/v1/parcels/broken")
        String broken() {
            throw new IllegalStateException("secret internals");
        }
    }
}
