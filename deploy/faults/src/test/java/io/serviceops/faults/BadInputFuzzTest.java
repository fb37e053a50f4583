package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Bad input through the gateway, as an ADMIN (so that every route is reached): malformed JSON, wrong
 * types, huge bodies, MongoDB operators, invalid UTF-8, path traversal in ids. No answer may be a 5xx,
 * and afterwards every collection still lists and parses, with nothing added by the garbage.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1)
class BadInputFuzzTest {

    private static final String FAULT = "fuzz";
    /** Every write endpoint a body can be thrown at, one or more per service. */
    private static final List<String> WRITES = List.of("POST /api/v1/complaints", "POST /api/v1/complaint-types",
            "PUT /api/v1/sla-policies/SERVICE_ATTITUDE", "POST /api/v1/complaints/c-1/assign", "POST /api/v1/feedback",
            "POST /api/v1/surveys", "POST /api/v1/improvement-actions", "POST /api/v1/kpi/templates",
            "PUT /api/v1/kpi/staff/fuzz-staff", "POST /api/v1/kpi/goals", "POST /api/v1/training/sessions");
    /** Collections that must still list (200, JSON) and hold as many documents as before. */
    private static final List<String> COLLECTIONS = List.of("/api/v1/complaints?size=100",
            "/api/v1/complaint-types?size=100", "/api/v1/feedback?size=100", "/api/v1/surveys?size=100",
            "/api/v1/improvement-actions?size=100", "/api/v1/kpi/templates?size=100", "/api/v1/kpi/staff?size=100",
            "/api/v1/kpi/goals?storeId=fuzz-store&size=100", "/api/v1/training/sessions?size=100");
    /** Reads with ids and filters that try to escape the path or smuggle a query operator. */
    private static final List<String> READS = List.of("/api/v1/complaints/..%2F..%2Fetc%2Fpasswd",
            "/api/v1/complaints/%2e%2e%2f%2e%2e%2factuator", "/api/v1/complaints/$where", "/api/v1/complaints/%00",
            "/api/v1/complaints/%FF%FE%C0%AE", "/api/v1/complaints?storeId%5B$ne%5D=x",
            "/api/v1/complaints?storeId=%7B%22$ne%22:null%7D", "/api/v1/complaints?page=-1&size=100000",
            "/api/v1/complaints?sort=$where,asc", "/api/v1/complaints?status=NOPE&from=yesterday",
            "/api/v1/complaints?q=%5B(%2B*%5C", "/api/v1/complaints/stats?from=%00", "/api/v1/complaint-types?sort=code;drop",
            "/api/v1/sla-policies/..%2F..%2Fadmin", "/api/v1/sla-policies/$gt/versions", "/api/v1/feedback/%24gt",
            "/api/v1/feedback?size=abc", "/api/v1/feedback/invitations/..%2F..%2Fetc", "/api/v1/feedback/invitations/%00",
            "/api/v1/surveys/%C0%AE%C0%AE", "/api/v1/improvement-actions/$where",
            "/api/v1/kpi/scorecards?subjectKind=STAFF&subjectId=%7B%22$gt%22:%22%22%7D&period=MONTH",
            "/api/v1/kpi/scorecards?subjectKind=NOPE&subjectId=x&period=YEAR&periodStart=2020-13-45",
            "/api/v1/kpi/staff/..%2F..%2Fx", "/api/v1/kpi/alerts?size=-5&sort=$natural", "/api/v1/kpi/templates/%FF%FE",
            "/api/v1/kpi/rankings?scopeKind=STORE&scopeId=$ne&period=MONTH", "/api/v1/training/enrolments/%2e%2e",
            "/api/v1/training/sessions?page=abc", "/api/v1/training/assignments?staffId%5B$regex%5D=.*",
            "/api/v1/training/staff/..%2F..%2F/plan");

    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        admin = Api.gateway().as("fault-admin", "ADMIN");
    }

    @Test
    void badInputNeverCausesA5xxNorCorruptsADocument() {
        Map<String, Long> before = totals();
        Map<String, byte[]> bodies = bodies();
        List<String> fiveHundreds = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        String[] slowest = {"", "0"};
        int sent = 0;
        for (String write : WRITES) {
            String[] methodAndPath = write.split(" ");
            for (var body : bodies.entrySet()) {
                String contentType = body.getKey().startsWith("xml") ? "application/xml"
                        : body.getKey().startsWith("text") ? "text/plain" : "application/json";
                Api.Reply reply = admin.send(methodAndPath[0], methodAndPath[1], contentType, body.getValue());
                sent++;
                tally(statuses, fiveHundreds, accepted, slowest, write + " with " + body.getKey(), reply);
            }
        }
        for (String read : READS) {
            Api.Reply reply = admin.get(read);
            sent++;
            tally(statuses, fiveHundreds, accepted, slowest, "GET " + read, reply);
        }
        Report.injected(FAULT, sent + " bad requests through the gateway (" + bodies.size() + " bodies × "
                + WRITES.size() + " write endpoints: " + String.join(", ", bodies.keySet()) + "; " + READS.size()
                + " reads with traversal/operator/invalid ids and filters); answers by status " + statuses
                + "; answered 2xx (harmless: unknown parameters are ignored): " + accepted + "; slowest: " + slowest[0]
                + " in " + slowest[1] + " ms");

        assertThat(fiveHundreds).as("requests answered 5xx or not at all").isEmpty();
        Report.verified(FAULT, "no 5xx and no dropped connection among " + sent + " answers");
        Map<String, Long> after = totals();
        assertThat(after).as("documents per collection after the fuzzing").isEqualTo(before);
        Report.verified(FAULT, "every collection still lists and parses, with the same counts: " + after);
    }

    private static void tally(Map<Integer, Integer> statuses, List<String> failures, List<String> accepted,
            String[] slowest, String request, Api.Reply reply) {
        statuses.merge(reply.status(), 1, Integer::sum);
        if (reply.status() / 100 == 2) {
            accepted.add(request);
        }
        if (reply.took().toMillis() > Long.parseLong(slowest[1])) {
            slowest[0] = request;
            slowest[1] = String.valueOf(reply.took().toMillis());
        }
        if (reply.status() == 0 || reply.status() >= 500) {
            failures.add(request + " → " + reply);
        }
    }

    /** Documents per collection; each list must answer 200 with JSON that parses. */
    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            JsonNode page = Ledger.ok(admin.get(collection));
            long total = page.path("totalElements").isNumber() ? page.path("totalElements").asLong()
                    : page.has("content") ? page.path("content").size() : page.size();
            totals.put(collection.substring(0, collection.indexOf('?')), total);
        }
        return totals;
    }

    private static Map<String, byte[]> bodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", utf8("{\"type\": \"SERVICE_ATTITUDE\", \"storeId\": "));
        bodies.put("lone brace", utf8("{"));
        bodies.put("array", utf8("[]"));
        bodies.put("bare string", utf8("\"just a string\""));
        bodies.put("null", utf8("null"));
        bodies.put("wrong types", utf8("{\"type\":{\"a\":1},\"storeId\":[1],\"staffId\":true,\"description\":{},"
                + "\"weight\":\"heavy\",\"kpis\":\"all\",\"threshold\":[],\"startsAt\":12,\"capacity\":\"many\"}"));
        bodies.put("$where injection", utf8("{\"$where\":\"sleep(1000) || true\",\"type\":\"OTHER\"}"));
        bodies.put("operator values", utf8("{\"type\":\"OTHER\",\"channel\":\"APP\",\"storeId\":{\"$ne\":null},"
                + "\"staffId\":{\"$gt\":\"\"},\"description\":\"x\",\"code\":{\"$regex\":\".*\"}}"));
        bodies.put("dotted and $ keys", utf8("{\"a.b\":1,\"$set\":{\"status\":\"CLOSED\"},\"__proto__\":{}}"));
        bodies.put("invalid UTF-8", concat(utf8("{\"type\":\"OTHER\",\"channel\":\"APP\",\"storeId\":\"s\",\"description\":\""),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAE}, utf8("\"}")));
        bodies.put("NUL characters", utf8("{\"type\":\"OTHER\\u0000\",\"storeId\":\"s\\u0000\",\"code\":\"X\\u0000\"}"));
        bodies.put("deep nesting", utf8("[".repeat(5000) + "]".repeat(5000)));
        bodies.put("huge numbers", utf8("{\"weight\":1e999999,\"threshold\":-1e400,\"capacity\":99999999999999999999999,"
                + "\"score\":NaN}"));
        bodies.put("200 KB description", utf8("{\"type\":\"OTHER\",\"channel\":\"APP\",\"storeId\":\"s\",\"description\":\""
                + "x".repeat(200_000) + "\"}"));
        bodies.put("2 MB body", utf8("{\"description\":\"" + "y".repeat(2_000_000) + "\"}"));
        bodies.put("text/plain JSON", utf8("{\"type\":\"OTHER\"}"));
        bodies.put("xml body", utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        return bodies;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
