package io.serviceops.conventions.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serviceops.conventions.ServiceConventionsAutoConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A feature's own exception, extending a shared kind, is answered alike in English and Chinese. */
@WebMvcTest(controllers = ServiceProblemsTest.Lockers.class)
@ImportAutoConfiguration(ServiceConventionsAutoConfiguration.class)
@Import(ServiceProblemsTest.Lockers.class)
class ServiceProblemsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
            "missing,  404, en,    Not found",
            "missing,  404, zh-CN, 未找到",
            "taken,    409, en,    Not possible in the current state",
            "taken,    409, zh-CN, 当前状态不允许此操作",
            "stale,    412, en,    Stale version",
            "stale,    412, zh-CN, 版本已过期",
            "invalid,  400, en,    Validation failed",
            "invalid,  400, zh-CN, 校验失败",
            "closed,   403, zh-CN, 禁止访问",
            "expired,  410, zh-CN, 已失效",
            "reused,   422, zh-CN, 幂等键已被其他请求使用"})
    void answersEachKindWithItsStatusAndALocalizedTitle(String failure, int status, String language, String title)
            throws Exception {
        mvc.perform(get("/api/v1/lockers/" + failure).header("Accept-Language", language)
                        .header("X-Request-Id", "req-7"))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.instance").value("/api/v1/lockers/" + failure))
                .andExpect(jsonPath("$.requestId").value("req-7"));
    }

    @ParameterizedTest
    @CsvSource({"invalid, number", "reused, Idempotency-Key"})
    void namesTheFieldAtFault(String failure, String field) throws Exception {
        mvc.perform(get("/api/v1/lockers/" + failure))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @ParameterizedTest
    @CsvSource({"missing, Locker 9 does not exist.", "stale, Locker 9 is at version 3."})
    void keepsTheFeaturesWordingAsTheDetail(String failure, String detail) throws Exception {
        mvc.perform(get("/api/v1/lockers/" + failure)).andExpect(jsonPath("$.detail").value(detail));
    }

    static class LockerNotFound extends NotFound {
        LockerNotFound() {
            super("Locker 9 does not exist.");
        }
    }

    @RestController
    static class Lockers {

        @GetMapping("/api/v1/lockers/{failure}")
        String fail(@PathVariable String failure) {
            throw switch (failure) {
                case "missing" -> new LockerNotFound();
                case "taken" -> new Conflict("Locker 9 is taken.");
                case "stale" -> new StaleVersion("Locker 9 is at version 3.");
                case "invalid" -> new InvalidInput("number", "must be below 100");
                case "closed" -> new Forbidden("Locker 9 belongs to another store.");
                case "expired" -> new Gone("The rental of locker 9 ended.");
                case "reused" -> new IdempotencyKeyReused("k-1");
                default -> new IllegalArgumentException(failure);
            };
        }
    }
}
