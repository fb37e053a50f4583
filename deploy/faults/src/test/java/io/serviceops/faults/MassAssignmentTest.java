package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.faults.SecurityReport.Owasp;
import io.serviceops.faults.WriteOperations.WriteOperation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's mass assignment (OWASP API3:2023): every create and update body of the committed merged
 * OpenAPI document, sent through the gateway as an ADMIN and as an AGENT with a read-only field its request
 * does not declare (status, version, deadlines, history, timestamps…), must be refused with 400
 * problem+json naming that field — the services refuse unknown properties (service-conventions'
 * StrictJson) — and store nothing. Then the same against a real complaint, feedback and improvement
 * action, whose status, version, deadlines and history must read back unchanged.
 *
 * <p>CI size: per operation, the read-only fields its answer shows; full size
 * ({@code -Dfaults.security.size=full}): every read-only field below that the request does not declare.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1)
class MassAssignmentTest {

    private static final String FAULT = "mass-assignment";
    private static final String AT = "2000-01-01T00:00:00Z";
    /** Fields the server sets and no caller may, with the value an attacker would like them to have. */
    private static final Map<String, Object> READ_ONLY = readOnly();
    /** Well-formed (Ids.PATTERN) and unknown: only the body can be wrong. */
    private static final String UNKNOWN_ID = "mass-assign-unknown-0001";

    private final String store = "mass-assign-" + UUID.randomUUID().toString().substring(0, 8);
    /** Answers per caller and status, printed as the figure's counts. */
    private final Map<String, Map<Integer, Integer>> answers = new TreeMap<>();
    private List<WriteOperation> operations;
    private Map<String, Api> callers;
    private Api admin;
    private Stores stores;

    @BeforeAll
    void connect(FaultStack stack) {
        operations = WriteOperations.of(Path.of(System.getProperty("serviceops.repo.root", "../..")));
        admin = Api.gateway().as("fault-mass-admin", "ADMIN");
        callers = new LinkedHashMap<>();
        callers.put("ADMIN", admin);
        callers.put("AGENT", Api.gateway().as("fault-mass-agent", "AGENT"));
        stores = new Stores();
    }

    @AfterAll
    void close() {
        stores.close();
    }

    @Test
    void readOnlyFieldsInEveryCreateAndUpdateBodyAreRefusedAndNothingIsStored() {
        SecurityReport report = new SecurityReport(FAULT);
        Map<String, Long> before = settledCounts();
        int sent = 0;
        for (WriteOperation operation : operations) {
            sent += attack(report, operation, operation.path(Map.of(), UNKNOWN_ID), fields(operation, operation.shown()), Map.of());
        }
        Map<String, Long> after = stores.documentCounts();
        report.holds(Owasp.API3, "documents per collection unchanged by " + sent + " refused bodies",
                before.equals(after), changed(before, after));
        Report.injected(FAULT, sent + " bodies with a read-only field (" + size() + " size) in the "
                + operations.size() + " POST/PUT/PATCH operations of api/serviceops.openapi.json, as ADMIN and AGENT, "
                + "well-formed unknown ids in the paths");
        printAnswers("every create and update body");
        report.printAndAssert();
        Report.verified(FAULT, "every body refused (400 problem+json naming the field, or refused before the body); "
                + after.size() + " collections unchanged");
    }

    @Test
    void aRealComplaintFeedbackAndImprovementActionKeepTheirStatusVersionDeadlinesAndHistory() {
        SecurityReport report = new SecurityReport(FAULT);
        String complaint = complaint();
        String feedback = created(admin.post("/api/v1/feedback", Map.of("channel", "HOTLINE", "storeId", store,
                "satisfaction", 2, "comment", "Mass-assignment suite feedback")));
        String action = created(admin.post("/api/v1/improvement-actions", Map.of("measure", "Retrain the front desk",
                "responsibleDepartment", "CUSTOMER_SUPPORT", "responsiblePerson", "fault-mass-supervisor",
                "dueDate", LocalDate.now().plusDays(30).toString(), "feedbackIds", List.of(feedback),
                "complaintIds", List.of(complaint), "storeId", store)));
        // What a write may reach each object by: its create (with the object's own id) and every path below it.
        List<RealObject> objects = List.of(
                new RealObject("complaint", complaint, "/api/v1/complaints", "/api/v1/complaints/{id}"),
                new RealObject("feedback", feedback, "/api/v1/feedback", "/api/v1/feedback/{id}"),
                new RealObject("improvement action", action, "/api/v1/improvement-actions", "/api/v1/improvement-actions/{id}"));
        Map<String, String> realIds = Map.of("/api/v1/complaints/{id}", complaint, "/api/v1/improvement-actions/{id}", action);

        Map<String, Long> before = settledCounts();
        Map<String, Map<String, JsonNode>> read = new LinkedHashMap<>();
        objects.forEach(object -> read.put(object.name(), readOnlyOf(object)));
        int sent = 0;
        for (RealObject object : objects) {
            Set<String> shown = read.get(object.name()).keySet();
            for (WriteOperation operation : operations) {
                if (operation.template().equals(object.create()) && operation.method().equals("POST")) {
                    // A create naming an existing object's id must not overwrite (or touch) it.
                    sent += attack(report, operation, object.create(), fields(operation, shown), Map.of("id", object.id()));
                } else if (operation.template().startsWith(object.below())) {
                    sent += attack(report, operation, operation.path(realIds, UNKNOWN_ID), fields(operation, shown), Map.of());
                }
            }
        }
        Map<String, Long> after = stores.documentCounts();
        report.holds(Owasp.API3, "documents per collection unchanged by " + sent + " refused bodies",
                before.equals(after), changed(before, after));
        for (RealObject object : objects) {
            Map<String, JsonNode> now = readOnlyOf(object);
            report.holds(Owasp.API3, "the " + object.name() + "'s " + now.keySet() + " unchanged",
                    now.equals(read.get(object.name())), read.get(object.name()) + " → " + now);
        }
        Report.injected(FAULT, sent + " bodies with read-only fields against a filed and assigned complaint "
                + complaint + ", feedback " + feedback + " and improvement action " + action
                + " (their actions, and their creates naming their ids), as ADMIN and AGENT");
        printAnswers("the real objects' writes");
        report.printAndAssert();
        Report.verified(FAULT, "every body refused; status, version, deadlines, history and timestamps of the three "
                + "objects unchanged; " + after.size() + " collections unchanged");
    }

    /** One object the test made: where it reads, the create that could name its id, and the writes below it. */
    private record RealObject(String name, String id, String create, String below) {

        String read() {
            return create + "/" + id;
        }
    }

    /**
     * Sends the operation's example body with the read-only {@code field} added, once per field and caller;
     * returns how many were sent. The field goes first, though a record's own fields are read before an unknown
     * one is judged: so the example itself must be a body that reads (the contract rules make one per body).
     */
    private int attack(SecurityReport report, WriteOperation operation, String path, Set<String> fields,
            Map<String, Object> values) {
        for (Map.Entry<String, Api> caller : callers.entrySet()) {
            for (String field : fields) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(field, values.getOrDefault(field, READ_ONLY.get(field)));
                operation.example().properties().forEach(property -> body.put(property.getKey(), property.getValue()));
                Api.Reply reply = caller.getValue().request(operation.method(), path, body, Map.of());
                answers.computeIfAbsent(caller.getKey(), role -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
                report.refusedNaming(Owasp.API3, caller.getKey() + " " + operation.method() + " " + path, field, reply);
            }
        }
        return callers.size() * fields.size();
    }

    /**
     * The read-only fields to inject into an operation: those the resource shows (CI) or all (full size), never
     * one the request declares (a status change or an optimistic-lock version is the operation's own business);
     * at least one, so that every operation is attacked.
     */
    private static Set<String> fields(WriteOperation operation, Set<String> shown) {
        Set<String> undeclared = new LinkedHashSet<>(READ_ONLY.keySet());
        undeclared.removeAll(operation.declared());
        if (fullSize()) {
            return undeclared;
        }
        Set<String> fields = new LinkedHashSet<>(undeclared);
        fields.retainAll(shown);
        return fields.isEmpty() ? Set.of(undeclared.iterator().next()) : fields;
    }

    /** The object's read-only fields as it reads now, by ADMIN. */
    private Map<String, JsonNode> readOnlyOf(RealObject object) {
        JsonNode read = Ledger.ok(admin.get(object.read()));
        Map<String, JsonNode> fields = new TreeMap<>();
        READ_ONLY.keySet().stream().filter(read::has).forEach(field -> fields.put(field, read.get(field)));
        return fields;
    }

    /** Filed (anonymously, as a web form) and assigned: a complaint with deadlines and a history of two. */
    private String complaint() {
        String id = created(Api.gateway().post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE",
                "channel", "ONLINE_FORM", "storeId", store, "description", "Mass-assignment suite complaint")));
        Ledger.ok(Api.gateway().as("fault-mass-supervisor", "SUPERVISOR").post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "fault-mass-agent")));
        return id;
    }

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    /**
     * Documents per collection once the events of what came before (this class's objects, earlier classes'
     * load) have been consumed: two readings 3 s apart that agree.
     */
    private Map<String, Long> settledCounts() {
        List<Map<String, Long>> last = new ArrayList<>(List.of(stores.documentCounts()));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            Map<String, Long> previous = last.set(0, stores.documentCounts());
            return previous.equals(last.get(0));
        });
        return last.get(0);
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        Set<String> collections = new LinkedHashSet<>(before.keySet());
        collections.addAll(after.keySet());
        collections.stream().filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .forEach(name -> changed.put(name, before.get(name) + " → " + after.get(name)));
        return changed;
    }

    private void printAnswers(String title) {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("caller", "bodies", "answers")));
        answers.forEach((caller, statuses) -> rows.add(List.of(caller,
                String.valueOf(statuses.values().stream().mapToInt(Integer::intValue).sum()), statuses.toString())));
        Report.figure(FAULT, "OWASP API3:2023 mass assignment: answers to " + title, rows);
        answers.clear();
    }

    private static boolean fullSize() {
        return "full".equals(size());
    }

    private static String size() {
        return System.getProperty("faults.security.size", "ci");
    }

    private static Map<String, Object> readOnly() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "mass-assigned-id");
        fields.put("status", "CLOSED");
        fields.put("version", 99);
        fields.put("history", List.of());
        fields.put("deadlines", Map.of("RESOLUTION", Map.of("dueAt", "2099-01-01T00:00:00Z")));
        fields.put("deadline", "2099-01-01T00:00:00Z");
        fields.put("responseDeadline", "2099-01-01T00:00:00Z");
        fields.put("resolutionDeadline", "2099-01-01T00:00:00Z");
        fields.put("sla", Map.of("paused", true));
        fields.put("escalationLevel", 0);
        fields.put("overdue", false);
        fields.put("storeIds", List.of("mass-assigned-store"));
        fields.put("state", "ACTIVE");
        fields.put("revision", 99);
        fields.put("createdBy", "mallory");
        fields.put("submittedBy", "mallory");
        for (String time : List.of("createdAt", "updatedAt", "filedAt", "lastChangedAt", "receivedAt", "resolvedAt",
                "doneAt", "verifiedAt")) {
            fields.put(time, AT);
        }
        return fields;
    }
}
