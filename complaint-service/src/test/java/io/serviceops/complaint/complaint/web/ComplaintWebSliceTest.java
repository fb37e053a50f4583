package io.serviceops.complaint.complaint.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serviceops.complaint.complaint.ActionNotAllowed;
import io.serviceops.complaint.complaint.Channel;
import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintDraft;
import io.serviceops.complaint.complaint.ComplaintIntake;
import io.serviceops.conventions.idempotency.Creation;
import io.serviceops.complaint.complaint.ComplaintQueries;
import io.serviceops.complaint.complaint.ComplaintStatus;
import io.serviceops.complaint.complaint.ComplaintWorkflow;
import io.serviceops.complaint.complaint.CustomerTier;
import io.serviceops.complaint.sla.BusinessCalendar;
import io.serviceops.complaint.sla.SlaTerms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {ComplaintController.class, ComplaintActionsController.class})
@Import(ComplaintWebSliceTest.FixedClock.class)
class ComplaintWebSliceTest {

    private static final Instant NOW = Instant.parse("2026-11-06T10:00:00Z");
    private static final String VALID = """
            {"type":"SERVICE_ATTITUDE","storeId":"store-sh-01","description":"Rude clerk"}""";

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ComplaintIntake intake;
    @MockitoBean
    private ComplaintQueries queries;
    @MockitoBean
    private ComplaintWorkflow workflow;

    private static Complaint complaint() {
        var draft = new ComplaintDraft("SERVICE_ATTITUDE", Channel.PHONE, "store-sh-01", null, "cust-77",
                CustomerTier.ONE_STAR, null, "Rude clerk", null, null, null, null);
        var terms = new SlaTerms("SERVICE_ATTITUDE", 0, Duration.ofHours(4), Duration.ofHours(24),
                BusinessCalendar.calendarHours(), 75, 100, null, Duration.ofHours(24));
        Complaint complaint = Complaint.file("cmp-1", draft, terms, "api", NOW);
        // As stored: the store sets the first version on insert.
        org.springframework.test.util.ReflectionTestUtils.setField(complaint, "version", 0L);
        return complaint;
    }

    @Test
    void filingAnswers201WithLocationAndDeadlines() throws Exception {
        when(intake.file(any(), any(), eq("anonymous"), any(), any())).thenReturn(new Creation<>(complaint(), false));

        mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/complaints/cmp-1"))
                .andExpect(jsonPath("$.deadlines.RESOLUTION.dueAt").value("2026-11-07T10:00:00Z"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void anIdempotencyKeyIsScopedToTheCallerAndCarriesAFingerprint() throws Exception {
        when(intake.file(any(), any(), any(), any(), any())).thenReturn(new Creation<>(complaint(), false));

        mvc.perform(post("/api/v1/complaints").header("Idempotency-Key", "k-1").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"));
        verify(intake).file(any(), argThat(key -> key.scoped().equals("anonymous|k-1") && key.sent().equals("k-1")
                && key.fingerprint().length() == 64), any(), any(), any());
    }

    @Test
    void anIllegalTransitionIsA409Problem() throws Exception {
        when(workflow.change(eq("cmp-1"), any(), any()))
                .thenThrow(new ActionNotAllowed("close", ComplaintStatus.RECEIVED, "only a resolved case can be closed"));

        mvc.perform(post("/api/v1/complaints/cmp-1/close").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("RECEIVED")))
                .andExpect(jsonPath("$.title").value("Not possible in the current state"));
    }

    @Test
    void problemTitlesFollowAcceptLanguage() throws Exception {
        when(workflow.change(eq("cmp-1"), any(), any()))
                .thenThrow(new ActionNotAllowed("close", ComplaintStatus.RECEIVED, "only a resolved case can be closed"));

        mvc.perform(post("/api/v1/complaints/cmp-1/close").header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("当前状态不允许此操作"));
    }

    @Test
    void ifMatchIsPassedOnAsTheExpectedVersion() throws Exception {
        when(workflow.change(eq("cmp-1"), eq(3L), any())).thenReturn(complaint());

        mvc.perform(post("/api/v1/complaints/cmp-1/assign").header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"department\":\"SALES\",\"assigneeId\":\"a-1\"}"))
                .andExpect(status().isOk());
        verify(workflow).change(eq("cmp-1"), eq(3L), any());
    }

    @Test
    void anUnreadableIfMatchNamesTheHeader() throws Exception {
        mvc.perform(post("/api/v1/complaints/cmp-1/assign").header("If-Match", "yesterday")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"department\":\"SALES\",\"assigneeId\":\"a-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    @Test
    void aMissingBodyFieldIsNamed() throws Exception {
        mvc.perform(post("/api/v1/complaints/cmp-1/resolve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolvedBy\":\"a-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handling"));
    }

    @Test
    void listingPassesTheFilterAndThePage() throws Exception {
        when(queries.search(any(), any())).thenReturn(new PageImpl<>(java.util.List.of(complaint()), Pageable.ofSize(5), 1));

        mvc.perform(get("/api/v1/complaints?status=RECEIVED&storeId=store-sh-01&size=5&sort=resolutionDue,asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value("cmp-1"))
                .andExpect(jsonPath("$.totalElements").value(1));
        verify(queries).search(argThat(filter -> filter.storeId().equals("store-sh-01")
                && filter.statuses().equals(java.util.List.of(ComplaintStatus.RECEIVED))),
                argThat(page -> page.getPageSize() == 5 && page.getSort().getOrderFor("sla.resolution.dueAt") != null));
    }
}
