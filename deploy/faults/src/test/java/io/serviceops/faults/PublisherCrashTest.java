package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.serviceops.events.EventCatalog;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintResolved;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, figure 1: commands through the gateway while the publisher, complaint-service, is killed
 * with SIGKILL again and again at random moments — so some die between the store write (state and
 * outbox in one document) and the Kafka send — and restarted. Counted from the stores afterwards: every
 * event the complaint store recorded reached the topic under exactly one event id, and took effect
 * exactly once in kpi-service (facts), feedback-service (survey invitations) and training-service
 * (remedial-assignment reasons).
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(6)
class PublisherCrashTest {

    private static final String FAULT = "publisher-crash";
    private static final String PUBLISHER = "complaint-service";
    /** Size setting: write commands (file, assign, resolve) through the gateway; the full size is 50 000. */
    private static final int COMMANDS = Integer.getInteger("faults.commands", 1000);
    /** SIGKILLs of the publisher during the load, at random moments (at least five). */
    private static final int KILLS = Math.max(5, Integer.getInteger("faults.kills", 5));
    private static final int CLIENTS = 4;
    /** How long a client keeps retrying one command while the publisher is down and restarting (slow on a busy machine). */
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final String BLAMED = "PROCESS_NOT_FOLLOWED";

    private static final String FILED = EventCatalog.typeOf(ComplaintFiled.class).name();
    private static final String ASSIGNED = EventCatalog.typeOf(ComplaintAssigned.class).name();
    private static final String RESOLVED = EventCatalog.typeOf(ComplaintResolved.class).name();
    private static final String FIRST_RESPONDED = EventCatalog.typeOf(ComplaintFirstResponded.class).name();
    /**
     * The complaint's history action that records each event type, in the same document write. No command
     * here responds before resolving, so resolving is each complaint's first response too (Complaint.resolve).
     */
    private static final Map<String, String> ACTION_OF = Map.of(FILED, "FILED", ASSIGNED, "ASSIGNED", RESOLVED,
            "RESOLVED", FIRST_RESPONDED, "RESOLVED");
    private static final List<String> COUNTED = List.of(FILED, ASSIGNED, RESOLVED, FIRST_RESPONDED);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String storeId = "store-publisher-" + run;
    private final List<String> staff = List.of("pub-a-" + run, "pub-b-" + run, "pub-c-" + run, "pub-d-" + run,
            "pub-e-" + run, "pub-f-" + run, "pub-g-" + run, "pub-h-" + run);
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private FaultStack stack;
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        assumeTrue(Report.figuresWanted(), "issue 19's figures are off (-Dfaults.figures=false)");
        this.stack = stack;
        admin = Api.gateway().as("fault-admin", "ADMIN");
    }

    @Test
    void everyRecordedEventIsConsumedUnderOneIdAndTakesEffectOnce() throws Exception {
        try (Stores stores = new Stores(); ComplaintTopicTally topic = new ComplaintTopicTally(storeId)) {
            List<String> killedAt = load();
            Report.injected(FAULT, "SIGKILL " + PUBLISHER + " " + killedAt.size() + " times at random moments during "
                    + commands.get() + " write commands from " + CLIENTS + " clients through the gateway (after command "
                    + String.join(", ", killedAt) + "), each time restarted with its own command line; " + retried.get()
                    + " commands retried until answered (filings with their Idempotency-Key)");
            try {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(10)).untilAsserted(() ->
                        assertEveryRecordedEventTookEffectOnce(stores, topic, false));
            } catch (ConditionTimeoutException stillDiffering) {
                // The check below prints the figure and names what differs.
            }
            // Counted from the stores, the figure holds whatever the clients were told: printed first.
            assertEveryRecordedEventTookEffectOnce(stores, topic, true);
            assertThat(failures).as("commands refused for another reason than the outage").isEmpty();
            assertThat(killedAt).as("kills").hasSizeGreaterThanOrEqualTo(KILLS);
            assertThat(commands.get()).as("commands").isGreaterThanOrEqualTo(COMMANDS);
        }
    }

    /** Runs the clients and the killer until both the commands and the kills are done; the kill moments. */
    private List<String> load() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            long seed = client;
            clients.submit(() -> {
                Random random = new Random(seed);
                while (!done.get() && failures.size() < 10) {
                    oneComplaint(random);
                }
            });
        }
        List<String> killedAt = new ArrayList<>();
        // A random moment in each K-th of the commands: the kills fall among the commands, however slowly
        // the publisher restarts.
        Random random = new Random();
        List<Integer> killAfter = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            killAfter.add(kill * COMMANDS / KILLS + random.nextInt(Math.max(1, COMMANDS / KILLS)));
        }
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofMinutes(30 + COMMANDS / 1000));
        int tenth = Math.max(1, COMMANDS / 10);
        int reported = 0;
        try {
            while ((killedAt.size() < KILLS || commands.get() < COMMANDS) && Instant.now().isBefore(deadline)
                    && failures.size() < 10) {
                // Progress in tenths: a full-size run takes long, and shows how far it got if it is cut off.
                if (commands.get() >= (reported + 1) * tenth) {
                    reported = commands.get() / tenth;
                    System.out.println("[" + FAULT + "] progress: " + commands.get() + " of " + COMMANDS + " commands, "
                            + killedAt.size() + " kills, " + Duration.between(started, Instant.now()).toSeconds() + " s");
                }
                if (killedAt.size() < KILLS && commands.get() >= killAfter.get(killedAt.size())) {
                    FaultStack.Launch publisher = stack.launchOf(PUBLISHER);
                    stack.kill(PUBLISHER, true, Duration.ofSeconds(15));
                    killedAt.add(String.valueOf(commands.get()));
                    stack.restart(publisher);
                    await().atMost(FaultStack.startBound()).pollInterval(Duration.ofSeconds(1)).until(() ->
                            Api.service(PUBLISHER).get("/actuator/health").body().contains("\"status\":\"UP\""));
                } else {
                    Thread.sleep(50);
                }
            }
        } finally {
            done.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(GIVE_UP.toSeconds() + 60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
        }
        return killedAt;
    }

    /** Files a complaint; every other one is assigned and resolved, a third of those as a conduct problem. */
    private void oneComplaint(Random random) {
        String staffId = staff.get(random.nextInt(staff.size()));
        Map<String, Object> filing = Map.of("type", "SERVICE_ATTITUDE", "channel", "APP", "storeId", storeId,
                "staffId", staffId, "customerId", "cust-" + UUID.randomUUID(), "description", "Publisher-crash complaint");
        Map<String, String> idempotency = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Reply filed = untilAnswered("file", () -> admin.post("/api/v1/complaints", filing, idempotency));
        if (filed == null || random.nextBoolean()) {
            return;
        }
        String id = filed.json().path("id").asString();
        String rootCause = random.nextInt(3) == 0 ? BLAMED : "PRODUCT_DEFECT";
        if (untilAnswered("assign", () -> admin.post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", staffId))) != null) {
            untilAnswered("resolve", () -> admin.post("/api/v1/complaints/" + id + "/resolve", Map.of("rootCause",
                    rootCause, "handling", "EXCHANGE", "summary", "Exchanged.", "resolvedBy", staffId)));
        }
    }

    /**
     * Sends a command until it is answered: 5xx or no answer while the publisher is down or restarting
     * means "try again"; 409 on a retry means the first attempt was stored before the answer was lost.
     */
    private Api.Reply untilAnswered(String command, Supplier<Api.Reply> send) {
        Instant giveUp = Instant.now().plus(GIVE_UP);
        boolean retry = false;
        while (true) {
            Api.Reply reply = send.get();
            if (reply.status() / 100 == 2 || (retry && reply.status() == 409)) {
                commands.incrementAndGet();
                return reply.status() / 100 == 2 ? reply : null;
            }
            boolean outage = reply.status() == 0 || reply.status() / 100 == 5 || reply.status() == 429;
            if (!outage || Instant.now().isAfter(giveUp)) {
                failures.add(command + " → " + reply);
                return null;
            }
            if (!retry) {
                retried.incrementAndGet();
            }
            retry = true;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private void assertEveryRecordedEventTookEffectOnce(Stores stores, ComplaintTopicTally topic, boolean print) {
        // What the complaint store recorded: each history action is written with its event, in one document.
        Map<String, Integer> recorded = new HashMap<>();
        Set<String> resolvedIds = new HashSet<>();
        Set<String> blamedIds = new HashSet<>();
        int complaints = 0;
        int assignedComplaints = 0;
        int pendingInOutboxes = 0;
        List<String> mismatches = new ArrayList<>();
        // Only the fields counted: at full size the store holds 50 000 of these complaints, and the local store
        // collects a query's whole answer in its heap before the first batch (projected first, if projected).
        for (Document complaint : stores.complaints().find(Filters.eq("filing.storeId", storeId))
                .projection(Projections.include("status", "rootCause", "history.action", "outbox.eventId"))) {
            complaints++;
            String id = complaint.getString("_id");
            pendingInOutboxes += complaint.getList("outbox", Document.class, List.of()).size();
            List<Document> history = complaint.getList("history", Document.class, List.of());
            if (history.stream().anyMatch(entry -> "ASSIGNED".equals(entry.getString("action")))) {
                assignedComplaints++;
            }
            for (var type : ACTION_OF.entrySet()) {
                long times = history.stream().filter(entry -> type.getValue().equals(entry.getString("action"))).count();
                recorded.merge(type.getKey(), (int) times, Integer::sum);
                if (topic.distinctIds(type.getKey(), id) != times) {
                    mismatches.add(id + " " + type.getKey() + ": " + times + " recorded, "
                            + topic.distinctIds(type.getKey(), id) + " distinct ids on the topic");
                }
            }
            if ("RESOLVED".equals(complaint.getString("status"))) {
                resolvedIds.add(id);
                if (BLAMED.equals(complaint.getString("rootCause"))) {
                    blamedIds.addAll(topic.ids(RESOLVED, id));
                }
            }
        }
        int recordedEvents = recorded.values().stream().mapToInt(Integer::intValue).sum();
        long consumedIds = ACTION_OF.keySet().stream().mapToLong(topic::distinctIds).sum();

        // Downstream effects, each from its own store.
        // Counted in the stores (an aggregation answers a count per group, not every fact or invitation).
        Map<String, Integer> facts = countsBy(stores.kpiFacts(), "storeId", "kind");
        Map<String, Integer> invitations = countsBy(stores.invitations(), "storeId", "complaintId");
        Map<String, Integer> reasons = remedialReasons(stores, blamedIds);
        Set<String> resolvedEventIds = new HashSet<>();
        resolvedIds.forEach(id -> resolvedEventIds.addAll(topic.ids(RESOLVED, id)));
        Set<String> reasonEvents = new HashSet<>();
        reasons.keySet().forEach(pair -> reasonEvents.add(pair.substring(pair.indexOf('|') + 1)));

        if (print) {
            Report.figure(FAULT, "distinct event ids consumed ÷ events recorded in the store = "
                    + String.format("%.4f", (double) consumedIds / recordedEvents), List.of(
                    List.of("what", "from", "count"),
                    List.of("complaints stored", "complaint store", String.valueOf(complaints)),
                    List.of("events recorded (" + String.join(" + ", COUNTED) + ")", "complaint store (history)",
                            recordedEvents + " = " + String.join(" + ", COUNTED.stream()
                                    .map(type -> String.valueOf(recorded.get(type))).toList())),
                    List.of("events still in outboxes", "complaint store", String.valueOf(pendingInOutboxes)),
                    List.of("distinct event ids consumed", "topic " + io.serviceops.events.Topics.COMPLAINTS,
                            String.valueOf(consumedIds)),
                    List.of("records on the topic (re-sends included)", "topic",
                            String.valueOf(ACTION_OF.keySet().stream().mapToInt(topic::records).sum())),
                    List.of("complaints assigned / resolved", "complaint store",
                            assignedComplaints + " / " + resolvedIds.size()),
                    List.of("KPI facts FILED / HANDLED / RESOLVED / FIRST_RESPONSE", "kpi store",
                            facts.getOrDefault("FILED", 0) + " / " + facts.getOrDefault("HANDLED", 0) + " / "
                                    + facts.getOrDefault("RESOLVED", 0) + " / " + facts.getOrDefault("FIRST_RESPONSE", 0)),
                    List.of("survey invitations (one per resolved complaint)", "feedback store",
                            invitations.values().stream().mapToInt(Integer::intValue).sum() + " for "
                                    + resolvedIds.size() + " resolved"),
                    List.of("remedial-assignment reasons (" + BLAMED + ")", "training store",
                            reasons.size() + " for " + blamedIds.size() + " events")));
        }
        assertThat(mismatches).as("complaints whose events on the topic differ from what the store recorded")
                .isEmpty();
        assertThat(pendingInOutboxes).as("events still waiting in outboxes").isZero();
        assertThat(consumedIds).as("distinct event ids consumed").isEqualTo(recordedEvents);
        assertThat(facts.getOrDefault("FILED", 0)).as("FILED facts").isEqualTo(recorded.get(FILED));
        // One HANDLED fact per complaint: a retried assign that had been stored assigns again (same assignee).
        assertThat(facts.getOrDefault("HANDLED", 0)).as("HANDLED facts").isEqualTo(assignedComplaints);
        assertThat(facts.getOrDefault("RESOLVED", 0)).as("RESOLVED facts").isEqualTo(recorded.get(RESOLVED))
                .isEqualTo(resolvedIds.size());
        assertThat(facts.getOrDefault("FIRST_RESPONSE", 0)).as("FIRST_RESPONSE facts").isEqualTo(recorded.get(FIRST_RESPONDED));
        assertThat(invitations).as("survey invitations per complaint").allSatisfy((complaint, count) ->
                assertThat(count).as(complaint).isEqualTo(1));
        assertThat(invitations.keySet()).as("complaints with a survey invitation").isEqualTo(resolvedIds);
        assertThat(reasons).as("remedial reasons per programme and event").allSatisfy((pair, count) ->
                assertThat(count).as(pair).isEqualTo(1));
        assertThat(reasonEvents).as("events that gave a remedial reason").isEqualTo(blamedIds);
        assertThat(blamedIds).as("conduct resolutions").isNotEmpty();
        assertThat(resolvedEventIds).as("resolution events").containsAll(blamedIds);
    }

    /** How many of the store's documents there are per value of {@code field}. */
    private Map<String, Integer> countsBy(MongoCollection<Document> collection, String storeField, String field) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document group : collection.aggregate(List.of(Aggregates.match(Filters.eq(storeField, storeId)),
                Aggregates.group("$" + field, Accumulators.sum("n", 1))))) {
            counts.put(group.getString("_id"), ((Number) group.get("n")).intValue());
        }
        return counts;
    }

    /**
     * "programmeId|eventId" → how many times training-service holds that reason, for the given events.
     * The event ids are looked for anywhere in an assignment (a trigger of its own, or reasons attached to
     * one open assignment per staff member and programme), so either model counts.
     */
    private static Map<String, Integer> remedialReasons(Stores stores, Set<String> eventIds) {
        Map<String, Integer> reasons = new HashMap<>();
        for (Document assignment : stores.trainingAssignments().find()) {
            // A set: an assignment naming its trigger twice (itself and its first reason) is one reason.
            Set<String> found = new HashSet<>();
            eventIdsIn(assignment, found);
            String programme = assignment.getString("programmeId");
            found.stream().filter(eventIds::contains)
                    .forEach(eventId -> reasons.merge(programme + "|" + eventId, 1, Integer::sum));
        }
        return reasons;
    }

    private static void eventIdsIn(Object value, Set<String> found) {
        if (value instanceof Document document) {
            document.forEach((key, inner) -> {
                if (key.toLowerCase().endsWith("eventid") && inner instanceof String id) {
                    found.add(id);
                } else {
                    eventIdsIn(inner, found);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> eventIdsIn(item, found));
        }
    }
}
