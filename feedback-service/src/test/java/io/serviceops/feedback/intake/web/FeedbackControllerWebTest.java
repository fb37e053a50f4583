package io.serviceops.feedback.intake.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serviceops.conventions.ProblemDetailsAdvice;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.feedback.intake.FeedbackIntake;
import io.serviceops.feedback.intake.FeedbackSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice alone: request validation and how refusals read, without store or broker. */
@WebMvcTest(FeedbackController.class)
@Import(ProblemDetailsAdvice.class)
class FeedbackControllerWebTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FeedbackIntake intake;
    @MockitoBean
    FeedbackSearch search;
    @MockitoBean
    io.serviceops.feedback.intake.RatingRefusals refusals;

    @Test
    void surveyAnswersAndDirectRatingsCannotBeMixed() throws Exception {
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"HOTLINE\",\"surveyId\":\"s-1\",\"answers\":{\"q\":1},\"satisfaction\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
    }

    @Test
    void answersNeedASurvey() throws Exception {
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"HOTLINE\",\"answers\":{\"q\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
    }

    @Test
    void refusesAnOverlongIdempotencyKey() throws Exception {
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "k".repeat(129))
                        .content("{\"channel\":\"HOTLINE\",\"satisfaction\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void aDomainRefusalNamesTheField() throws Exception {
        when(intake.submit(any(), any(), any())).thenThrow(new InvalidInput("receivedAt", "must not be in the future"));

        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"HOTLINE\",\"satisfaction\":3,\"receivedAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be in the future"));
    }

    @Test
    void refusesSortingByAnUnknownFieldAndOversizedPages() throws Exception {
        mvc.perform(get("/api/v1/feedback").param("sort", "$where"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/feedback").param("size", "101"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
