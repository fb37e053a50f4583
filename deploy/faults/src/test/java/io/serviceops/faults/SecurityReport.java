package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The security suite's tally, shared by every class that attacks the stack (identity, store scoping, mass assignment,
 * hardening): each attempt under its OWASP API Security Top 10 (2023) case, what answer it had to get
 * and what it got. {@link #printAndAssert} prints the counts per case and every miss, then fails if any.
 */
final class SecurityReport {

    /** The 2023 list's names, as the output shows them. */
    enum Owasp {
        API1("API1:2023 Broken Object Level Authorization"),
        API2("API2:2023 Broken Authentication"),
        API3("API3:2023 Broken Object Property Level Authorization"),
        API4("API4:2023 Unrestricted Resource Consumption"),
        API5("API5:2023 Broken Function Level Authorization"),
        API8("API8:2023 Security Misconfiguration");

        final String title;

        Owasp(String title) {
            this.title = title;
        }
    }

    /** {@code note}: why an attempt held other than as planned (null when it held or missed plainly). */
    private record Outcome(Owasp owasp, String what, boolean held, String detail, String note) {
    }

    private final String fault;
    private final List<Outcome> outcomes = new ArrayList<>();

    SecurityReport(String fault) {
        this.fault = fault;
    }

    /** An attempt that must be refused with {@code status} and a problem+json body. */
    void refused(Owasp owasp, String what, int status, Api.Reply reply) {
        boolean held = reply.status() == status && reply.contentType().startsWith("application/problem+json");
        outcomes.add(new Outcome(owasp, what, held, "expected " + status + " problem+json, got " + reply, null));
    }

    /**
     * A body carrying {@code field}, which the caller may not set: 400 problem+json naming it. Another 4xx
     * problem+json also holds (the caller's role or the object was refused before the body was read, which
     * stores nothing either) but is noted, so that the output shows where the body itself was not judged.
     */
    void refusedNaming(Owasp owasp, String what, String field, Api.Reply reply) {
        boolean problem = reply.contentType().startsWith("application/problem+json");
        boolean named = reply.status() == 400 && problem && names(reply, field);
        boolean refusedFirst = !named && problem && reply.status() > 400 && reply.status() < 500;
        outcomes.add(new Outcome(owasp, what + " setting " + field, named || refusedFirst,
                "expected 400 problem+json naming " + field + ", got " + reply,
                refusedFirst ? what + ": " + reply.status() + " before the body was read (" + title(reply) + ")" : null));
    }

    /** A condition that must hold after an attempt: the store unchanged, the audit naming the real caller. */
    void holds(Owasp owasp, String what, boolean held, Object evidence) {
        outcomes.add(new Outcome(owasp, what, held, String.valueOf(evidence), null));
    }

    /** Prints attempts and misses per OWASP case, then asserts that every attempt was refused as it must be. */
    void printAndAssert() {
        Map<Owasp, int[]> perCase = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            int[] counts = perCase.computeIfAbsent(outcome.owasp(), owasp -> new int[2]);
            counts[0]++;
            if (outcome.held()) {
                counts[1]++;
            } else {
                misses.add(outcome.owasp().name() + " " + outcome.what() + ": " + outcome.detail());
            }
        }
        List<List<String>> rows = new ArrayList<>(List.of(List.of("OWASP API Security Top 10", "checks", "held")));
        perCase.forEach((owasp, counts) -> rows.add(List.of(owasp.title, String.valueOf(counts[0]), String.valueOf(counts[1]))));
        Report.figure(fault, outcomes.size() + " checks, " + misses.size() + " missed", rows);
        // One line per refusal that came before the body, however many fields were tried there.
        outcomes.stream().map(Outcome::note).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(note -> note, TreeMap::new, Collectors.counting()))
                .forEach((note, times) -> System.out.println("[" + fault + "] NOTE: " + note + ", " + times + "×"));
        misses.forEach(miss -> System.out.println("[" + fault + "] MISSED: " + miss));
        assertThat(misses).as("attacks that were not refused as they must be").isEmpty();
    }

    private static String title(Api.Reply reply) {
        return reply.json().path("title").asString("");
    }

    private static boolean names(Api.Reply reply, String field) {
        for (JsonNode error : reply.json().path("errors")) {
            if (error.path("field").asString("").equals(field)) {
                return true;
            }
        }
        return false;
    }
}
