import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the demo data set (demo-data.txt) into a running local stack, through the gateway, so that
 * scorecards, rankings, alerts, remedial training and dashboards have something to show.
 * Run it with deploy/demo/load.sh (a JDK 17 single-file program: no build, no other runtime).
 * <p>
 * The services do not accept back-dated complaints, so history is made by moving the services'
 * adjustable clocks forward ({@code /actuator/clock}, on with SERVICEOPS_CLOCK_ADJUSTABLE=true) in
 * batches; without it one batch is loaded at the current time and nothing is closed.
 */
public class Demo {

    private static final List<String> TYPES = List.of("SERVICE_ATTITUDE", "PRODUCT_QUALITY", "OTHER");
    private static final List<String> CHANNELS = List.of("APP", "PHONE", "ONLINE_FORM", "IN_STORE", "CRM");
    private static final Map<String, String> HANDLING = Map.of("SERVICE_ATTITUDE", "APOLOGY",
            "PRODUCT_QUALITY", "EXCHANGE", "OTHER", "EXPLANATION");
    private static final String CRM_KEY = "local-crm-demo-key";

    record Profile(int complaints, int inTime, int resolved, List<Integer> satisfaction, List<String> rootCauses) {
    }

    record Staff(String id, String store, String department, Profile profile) {
    }

    record Filed(String id, Staff staff, String type, String customer) {
    }

    private final Http gateway;
    private final List<Http> clocks = new ArrayList<>();
    private final Map<String, String> stores = new LinkedHashMap<>();
    private final List<Staff> staff = new ArrayList<>();
    private final Map<String, String> agentTokens = new LinkedHashMap<>();
    private final Set<LocalDate> monthsWithData = new TreeSet<>();
    private final Set<String> closed = new LinkedHashSet<>();
    private final Map<String, double[]> expectedRatings = new LinkedHashMap<>();
    /** One generator per staff member and batch, so the data do not depend on thread timing. */
    private final ThreadLocal<Random> random = new ThreadLocal<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(6, task -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true); // a failed load must not hang the JVM
        return thread;
    });
    private final Map<Staff, List<Filed>> filedThisBatch = new ConcurrentHashMap<>();
    private long seed = 1;
    private int batches = 1;
    private int batchDays = 12;
    private boolean adjustable;
    private String supervisor;
    private String trainer;
    private final AtomicInteger complaints = new AtomicInteger();
    private final AtomicInteger surveys = new AtomicInteger();
    private final AtomicInteger assessments = new AtomicInteger();

    Demo(String gatewayUrl, List<String> servicePorts) {
        gateway = new Http(gatewayUrl);
        servicePorts.forEach(port -> clocks.add(new Http("http://127.0.0.1:" + port)));
    }

    public static void main(String[] args) throws Exception {
        String gatewayUrl = env("SERVICEOPS_GATEWAY", "http://127.0.0.1:8080");
        List<String> ports = List.of(env("COMPLAINT_PORT", "8081"), env("FEEDBACK_PORT", "8082"),
                env("KPI_PORT", "8083"), env("TRAINING_PORT", "8084"));
        Demo demo = new Demo(gatewayUrl, ports);
        demo.read(Path.of(args.length > 0 ? args[0] : "deploy/demo/demo-data.txt"));
        long started = System.nanoTime();
        demo.load();
        demo.summary(gatewayUrl, ports, Duration.ofNanos(System.nanoTime() - started));
    }

    void read(Path file) throws IOException {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        List<String[]> staffLines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (line.isBlank() || f[0].startsWith("#")) {
                continue;
            }
            switch (f[0]) {
                case "store" -> stores.put(f[1], line.trim().split("\\s+", 3)[2]);
                case "staff" -> staffLines.add(f);
                case "profile" -> profiles.put(f[1], new Profile(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), List.of(f[5].split(",")).stream().map(Integer::valueOf).toList(),
                        List.of(f[6].split(","))));
                case "batches" -> {
                    batches = Integer.parseInt(f[1]);
                    batchDays = Integer.parseInt(f[2]);
                }
                case "seed" -> seed = Long.parseLong(f[1]);
                default -> throw new IllegalArgumentException("unknown record in " + file + ": " + line);
            }
        }
        staffLines.forEach(f -> staff.add(new Staff(f[1], f[2], f[3], profiles.get(f[4]))));
    }

    private final long started = System.nanoTime();

    void load() {
        if (!gateway.call("GET", "/actuator/health", null, null, null).contains("\"UP\"")) {
            throw new IllegalStateException("the gateway at " + gateway.base + " is not UP; start deploy/local/run.sh first");
        }
        supervisor = token("demo-supervisor", "SUPERVISOR");
        trainer = token("demo-trainer", "TRAINER");
        adjustable = clocksAdjustable();
        if (!adjustable) {
            say("The services' clocks are not adjustable: loading one batch at today's date, closing nothing.");
            say("For months of history restart the stack with SERVICEOPS_CLOCK_ADJUSTABLE=true and");
            say("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,prometheus,metrics,clock (see deploy/demo/README.md).");
            batches = 1;
        }
        for (Staff member : staff) {
            // Each agent works in one store (token claim stores): store scoping limits them to its complaints.
            agentTokens.put(member.id(), token(member.id(), "AGENT", member.store()));
            gateway.json("PUT", "/api/v1/kpi/staff/" + member.id(), supervisor,
                    "{\"storeId\":\"" + member.store() + "\",\"department\":\"" + member.department() + "\"}");
            gateway.json("PUT", "/api/v1/training/staff/" + member.id(), trainer,
                    "{\"department\":\"" + member.department() + "\",\"role\":\"agent\"}");
        }
        for (int batch = 0; batch < batches; batch++) {
            if (batch > 0) {
                Instant next = now().plus(Duration.ofDays(batchDays));
                if (!monthOf(next).equals(monthOf(now()))) {
                    settle(); // the month is about to be closed: its facts must all be in
                }
                advance(Duration.ofDays(batchDays));
                closeFinishedMonths();
            }
            say("Batch " + (batch + 1) + "/" + batches + " at " + now() + " (" + (System.nanoTime() - started) / 1_000_000_000 + " s)");
            int number = batch;
            random.set(new Random(seed + batch));
            List<List<Filed>> late = forEachStaff(number, 1, this::fileAndAnswerInTime);
            if (batches > 1) {
                advance(Duration.ofHours(10)); // the unanswered attitude (4 h) and quality (8 h) complaints breach
            }
            forEachStaff(number, 2, member -> {
                resolveAndSurvey(late.get(staff.indexOf(member)), filedThisBatch.get(member));
                completeStartedTraining(member);
                return null;
            });
            directFeedback();
            requestCultureSession();
        }
        workers.shutdown();
        settle();
        closeFinishedMonths();
        gateway.json("POST", "/api/v1/kpi/periods/evaluate", supervisor, "{\"period\":\"MONTH\"}");
    }

    /** Runs one step for every staff member at once, each with its own generator; returns the results in staff order. */
    private <T> List<T> forEachStaff(int batch, int step, java.util.function.Function<Staff, T> work) {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            Staff member = staff.get(i);
            long memberSeed = seed * 1_000_003L + batch * 1_009L + i * 31L + step;
            futures.add(workers.submit(() -> {
                random.set(new Random(memberSeed));
                return work.apply(member);
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return results;
    }

    /** Files the member's complaints of the batch and answers most in time; returns the ones left to breach. */
    private List<Filed> fileAndAnswerInTime(Staff member) {
        List<Filed> filed = new ArrayList<>();
        for (int i = 0; i < member.profile().complaints() + random.get().nextInt(2); i++) {
            filed.add(file(member));
        }
        filedThisBatch.put(member, filed);
        List<Filed> late = new ArrayList<>();
        for (Filed complaint : filed) {
            act(complaint, "assign", supervisor, "{\"department\":\"" + complaint.staff().department()
                    + "\",\"assigneeId\":\"" + complaint.staff().id() + "\"}");
            if (chance(complaint.staff().profile().inTime())) {
                respond(complaint);
            } else {
                late.add(complaint);
            }
        }
        return late;
    }

    /** Answers the late ones, resolves most complaints, and the customers answer their surveys. */
    private void resolveAndSurvey(List<Filed> late, List<Filed> filed) {
        late.forEach(this::respond);
        List<Filed> resolved = new ArrayList<>();
        for (Filed complaint : filed) {
            if (chance(complaint.staff().profile().resolved())) {
                String cause = pick(complaint.staff().profile().rootCauses());
                act(complaint, "resolve", agentTokens.get(complaint.staff().id()), "{\"rootCause\":\"" + cause
                        + "\",\"handling\":\"" + HANDLING.get(complaint.type()) + "\",\"summary\":\"Settled with the customer.\""
                        + ",\"resolvedBy\":\"" + complaint.staff().id() + "\"}");
                resolved.add(complaint);
            }
        }
        answerSurveys(resolved);
    }

    private Filed file(Staff member) {
        String type = pick(TYPES);
        String channel = pick(CHANNELS);
        String customer = "cust-" + (1000 + random.get().nextInt(9000));
        boolean byFrontEnd = "APP".equals(channel) || "ONLINE_FORM".equals(channel);
        String body = "{\"type\":\"" + type + "\",\"channel\":\"" + channel + "\",\"storeId\":\"" + member.store()
                + "\",\"staffId\":\"" + member.id() + "\",\"customerId\":\"" + customer
                + "\",\"description\":\"" + describe(type) + "\""
                + ("CRM".equals(channel) ? ",\"externalReference\":\"CRM-" + (100000 + random.get().nextInt(900000)) + "\"" : "")
                + (!byFrontEnd && !"CRM".equals(channel) && chance(15) ? ",\"urgency\":\"HIGH\"" : "") + "}";
        // Who may set which field (complaint-service README): the CRM files through its API key, the app and
        // the web form as the signed-in customer, phone and in-store complaints are entered by the agent.
        String answer = "CRM".equals(channel)
                ? gateway.call("POST", "/api/v1/complaints", "X-Api-Key", CRM_KEY, body)
                : gateway.call("POST", "/api/v1/complaints", "Authorization", "Bearer "
                        + (byFrontEnd ? token(customer, "CUSTOMER_APP") : agentTokens.get(member.id())), body);
        complaints.incrementAndGet();
        return new Filed(Json.string(answer, "id"), member, type, customer);
    }

    private void respond(Filed complaint) {
        act(complaint, "respond", agentTokens.get(complaint.staff().id()),
                "{\"message\":\"Thank you; we are looking into it.\",\"respondedBy\":\"" + complaint.staff().id() + "\"}");
    }

    private void act(Filed complaint, String action, String token, String body) {
        gateway.json("POST", "/api/v1/complaints/" + complaint.id() + "/" + action, token, body);
    }

    /**
     * Four in five customers answer the post-resolution survey in the customer app, signed in as themselves
     * (staff never see a survey's token); invitations follow ComplaintResolved.
     */
    private void answerSurveys(List<Filed> resolved) {
        List<Filed> pending = new ArrayList<>(resolved.stream().filter(c -> chance(80)).toList());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (Filed complaint : List.copyOf(pending)) {
                String found = gateway.json("GET", "/api/v1/feedback/invitations?complaintId=" + complaint.id(), supervisor, null);
                if (Json.string(found, "id") != null) {
                    int satisfaction = pick(complaint.staff().profile().satisfaction());
                    gateway.call("POST", "/api/v1/feedback/cases/" + complaint.id() + "/survey", "Authorization",
                            "Bearer " + token(complaint.customer(), "CUSTOMER_APP"),
                            "{\"answers\":{\"satisfaction\":" + satisfaction + ",\"recommend\":" + Math.min(10, satisfaction * 2)
                                    + "}}");
                    expectRating(complaint.staff().store(), satisfaction);
                    surveys.incrementAndGet();
                    pending.remove(complaint);
                }
            }
            pause(300);
        }
        if (!pending.isEmpty()) {
            say("  (" + pending.size() + " survey invitations did not appear within 20 s; skipped)");
        }
    }

    /** A few ratings from the app for each store, not tied to a complaint. */
    private void directFeedback() {
        for (String store : stores.keySet()) {
            List<Staff> members = staff.stream().filter(s -> s.store().equals(store)).toList();
            for (int i = 0; i < 2; i++) {
                Staff member = pick(members);
                int satisfaction = pick(member.profile().satisfaction());
                gateway.json("POST", "/api/v1/feedback", supervisor, "{\"channel\":\"MOBILE_APP\",\"storeId\":\"" + store
                        + "\",\"staffId\":\"" + member.id() + "\",\"satisfaction\":" + satisfaction
                        + ",\"comment\":\"" + (satisfaction >= 4 ? "Friendly and quick." : "Had to wait a long time.") + "\"}");
                expectRating(store, satisfaction);
            }
        }
    }

    /**
     * The member attends every place whose session has started (mandatory drills, remedial training
     * assigned by alerts and root causes, requested culture sessions) and is assessed.
     */
    private void completeStartedTraining(Staff member) {
        String plan = gateway.json("GET", "/api/v1/training/staff/" + member.id() + "/plan", trainer, null);
        for (Map<String, Object> enrolment : Json.objects(Json.parse(plan), "history")) {
            if ("ENROLLED".equals(enrolment.get("status"))) {
                String path = "/api/v1/training/enrolments/" + enrolment.get("id");
                gateway.json("PUT", path + "/attendance", trainer, "{\"attended\":true}");
                double score = 55 + member.profile().inTime() / 3 + random.get().nextInt(25);
                gateway.json("PUT", path + "/assessment", trainer, "{\"score\":" + Math.min(100, score) + "}");
                assessments.incrementAndGet();
            }
        }
    }

    /** A few staff members ask for a place in the next culture session. */
    private void requestCultureSession() {
        String next = gateway.json("GET", "/api/v1/training/sessions?programmeId=culture-service-philosophy&from="
                + now() + "&size=1", trainer, null);
        String sessionId = Json.string(next, "id");
        if (sessionId != null) {
            for (Staff member : staff) {
                if (chance(40)) {
                    try {
                        gateway.json("POST", "/api/v1/training/sessions/" + sessionId + "/enrolments", trainer,
                                "{\"staffId\":\"" + member.id() + "\"}");
                    } catch (IllegalStateException refused) {
                        if (!refused.getMessage().contains(" answered 409")) {
                            throw refused; // 409 only means a place in that session is held already
                        }
                    }
                }
            }
        }
    }

    /** Closes every month with data that has ended (scorecards become FINAL, alerts are raised). */
    private void closeFinishedMonths() {
        LocalDate running = monthOf(now());
        for (LocalDate month : monthsWithData) {
            if (month.isBefore(running)) {
                close("MONTH", month);
            }
            LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
            if (!quarter.plusMonths(3).isAfter(running)) {
                close("QUARTER", quarter);
            }
        }
    }

    private void close(String period, LocalDate start) {
        if (closed.add(period + start)) {
            String result = gateway.json("POST", "/api/v1/kpi/periods/close", supervisor,
                    "{\"period\":\"" + period + "\",\"periodStart\":\"" + start + "\"}");
            say("  closed " + period + " " + start + ": " + result);
        }
    }

    /** Waits (at most 20 s) until each store's live satisfaction shows every rating sent: the KPI service has caught up. */
    private void settle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (Map.Entry<String, double[]> expected : expectedRatings.entrySet()) {
            String[] key = expected.getKey().split("\\|");
            double average = Math.round(expected.getValue()[0] / expected.getValue()[1] * 10000) / 10000.0;
            while (System.nanoTime() < deadline) {
                String card = gateway.json("GET", "/api/v1/kpi/scorecards?subjectKind=STORE&subjectId=" + key[0]
                        + "&period=MONTH&periodStart=" + key[1], supervisor, null);
                boolean caughtUp = Json.objects(Json.parse(card), "kpis").stream()
                        .filter(kpi -> "SATISFACTION".equals(kpi.get("kpi")))
                        .anyMatch(kpi -> kpi.get("rawValue") instanceof Double raw && Math.abs(raw - average) < 1e-3);
                if (caughtUp) {
                    break;
                }
                pause(250);
            }
        }
    }

    private synchronized void expectRating(String store, int satisfaction) {
        LocalDate month = monthOf(now());
        monthsWithData.add(month);
        double[] sums = expectedRatings.computeIfAbsent(store + "|" + month, k -> new double[2]);
        sums[0] += satisfaction;
        sums[1]++;
    }

    private boolean clocksAdjustable() {
        return clocks.stream().allMatch(clock -> {
            try {
                return clock.call("GET", "/actuator/clock", null, null, null).contains("\"offset\"");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private void advance(Duration amount) {
        clocks.forEach(clock -> clock.call("POST", "/actuator/clock", null, null, "{\"by\":\"" + amount + "\"}"));
    }

    private Instant now() {
        if (!adjustable) {
            return Instant.now();
        }
        return Instant.parse(Json.string(clocks.get(2).call("GET", "/actuator/clock", null, null, null), "now"));
    }

    /** A chain-wide token (no stores claim: every store's objects), as the supervisor and trainer use. */
    private String token(String subject, String role) {
        return token(subject, role, null);
    }

    private String token(String subject, String role, String store) {
        String answer = gateway.call("POST", "/auth/dev-token", null, null,
                "{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"]"
                        + (store == null ? "" : ",\"stores\":[\"" + store + "\"]") + "}");
        return Json.string(answer, "access_token");
    }

    private void summary(String gatewayUrl, List<String> ports, Duration took) {
        Staff first = staff.get(0);
        LocalDate month = monthsWithData.stream().findFirst().orElse(monthOf(now()));
        say("");
        say(String.format("Loaded in %d s: %d stores, %d staff, %d complaints, %d survey answers, %d assessments; business time now %s.",
                took.toSeconds(), stores.size(), staff.size(), complaints.get(), surveys.get(), assessments.get(), now()));
        say("");
        say("Where to look (GET with a token: TOKEN=$(curl -s -X POST " + gatewayUrl + "/auth/dev-token -H 'Content-Type: application/json' \\");
        say("    -d '{\"subject\":\"me\",\"roles\":[\"SUPERVISOR\"]}' | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/'); curl -H \"Authorization: Bearer $TOKEN\" URL):");
        say("  Scorecard    " + gatewayUrl + "/api/v1/kpi/scorecards?subjectKind=STAFF&subjectId=" + first.id() + "&period=MONTH&periodStart=" + month);
        say("  Trend        " + gatewayUrl + "/api/v1/kpi/trends?subjectKind=STORE&subjectId=" + first.store() + "&period=MONTH&periods=4");
        say("  Ranking      " + gatewayUrl + "/api/v1/kpi/rankings?scopeKind=STORE&scopeId=" + first.store() + "&period=MONTH&periodStart=" + month);
        say("  Alerts       " + gatewayUrl + "/api/v1/kpi/alerts");
        say("  Remedial     " + gatewayUrl + "/api/v1/training/assignments?reason=PERFORMANCE_ALERT");
        say("  Complaints   " + gatewayUrl + "/api/v1/complaints/stats");
        say("  Satisfaction " + gatewayUrl + "/api/v1/feedback/analytics/satisfaction?granularity=MONTH&by=STORE&from=" + month + "&to=" + monthOf(now()).plusMonths(1).minusDays(1));
        say("  Swagger UI   " + gatewayUrl + "/swagger-ui.html");
        say("  Prometheus   " + gatewayUrl + "/actuator/prometheus and http://127.0.0.1:{" + String.join(",", ports) + "}/actuator/prometheus");
        say("  Dashboards   deploy/grafana (import into Grafana with Prometheus scraping the endpoints above)");
    }

    private static String describe(String type) {
        return switch (type) {
            case "SERVICE_ATTITUDE" -> "The clerk was impatient and did not listen.";
            case "PRODUCT_QUALITY" -> "The product stopped working after a week.";
            default -> "The opening hours on the website were wrong.";
        };
    }

    private boolean chance(int percent) {
        return random.get().nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.get().nextInt(values.size()));
    }

    private static LocalDate monthOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println(line);
    }

    /** JSON over HTTP with the JDK client; a 429 is retried after its Retry-After, anything else non-2xx stops the load. */
    static final class Http {
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final String base;

        Http(String base) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        String json(String method, String path, String token, String body) {
            return call(method, path, "Authorization", "Bearer " + token, body);
        }

        String call(String method, String path, String header, String value, String body) {
            for (int attempt = 1; ; attempt++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                if (body != null) {
                    request.header("Content-Type", "application/json");
                }
                if (header != null) {
                    request.header(header, value);
                }
                HttpResponse<String> response;
                try {
                    response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    throw new IllegalStateException(method + " " + base + path + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < 10) {
                    pause(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                    continue;
                }
                if (status / 100 != 2) {
                    throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
                }
                return response.body();
            }
        }
    }

    /** Just enough JSON reading for the answers the loader needs. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            return json.value();
        }

        /** The first string value of {@code key} anywhere in the document, or null. */
        static String string(String text, String key) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(text);
            return m.find() ? m.group(1) : null;
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> objects(Object document, String key) {
            Object list = ((Map<String, Object>) document).get(key);
            return list == null ? List.of() : (List<Map<String, Object>>) list;
        }

        private Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    skip();
                    String key = (String) value();
                    skip();
                    at++; // :
                    map.put(key, value());
                    skip();
                } while (text.charAt(at++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    skip();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                StringBuilder s = new StringBuilder();
                for (at++; text.charAt(at) != '"'; at++) {
                    if (text.charAt(at) == '\\') {
                        at++;
                        char e = text.charAt(at);
                        if (e == 'u') {
                            s.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                            at += 4;
                        } else {
                            s.append(switch (e) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; case 'b' -> '\b'; case 'f' -> '\f'; default -> e; });
                        }
                    } else {
                        s.append(text.charAt(at));
                    }
                }
                at++;
                return s.toString();
            }
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.valueOf(word);
            };
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
