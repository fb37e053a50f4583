package io.serviceops.complaint.sla;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The current and past policy versions of each type, falling back to the configured defaults. Every
 * complaint filed needs its type's current policy, which changes a few times a year, so it is kept
 * for {@code current-policy-cache} instead of being read on every filing; a revision made here
 * replaces it at once.
 */
@Service
public class SlaPolicyCatalog {

    private final SlaPolicies policies;
    private final SlaPolicyAnnouncer announcer;
    private final SlaProperties properties;
    private final Clock clock;
    private final Cache<String, SlaPolicy> currentByType;

    SlaPolicyCatalog(SlaPolicies policies, SlaPolicyAnnouncer announcer, SlaProperties properties, Clock clock) {
        this.policies = policies;
        this.announcer = announcer;
        this.properties = properties;
        this.clock = clock;
        this.currentByType = Caffeine.newBuilder().expireAfterWrite(properties.currentPolicyCache()).maximumSize(1_000)
                .build();
    }

    public SlaPolicy current(String type) {
        return currentByType.get(type, this::stored);
    }

    /** The terms a complaint of this type and priority is filed under now. */
    public SlaTerms termsFor(String type, Priority priority) {
        return current(type).termsFor(priority, properties.responseLimit());
    }

    private SlaPolicy stored(String type) {
        return policies.findFirstByTypeOrderByVersionDesc(type).orElseGet(() -> defaultOf(type));
    }

    /** Every version, newest first, ending with the configured default. */
    public List<SlaPolicy> history(String type) {
        List<SlaPolicy> versions = new ArrayList<>(policies.findByTypeOrderByVersionDesc(type));
        versions.add(defaultOf(type));
        return versions;
    }

    /**
     * Stores the next version. Two operators revising at once both aim at the same id, so the second
     * insert fails with a duplicate key instead of silently replacing the first.
     */
    public SlaPolicy revise(String type, SlaPolicyDraft draft, Integer expectedVersion, String actor) {
        SlaPolicy current = stored(type);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StalePolicyVersion(type, expectedVersion, current.version());
        }
        SlaPolicy revised = policies.insert(current.next(draft, clock.instant(), actor));
        currentByType.put(type, revised);
        return announcer.announce(revised);
    }

    private SlaPolicy defaultOf(String type) {
        SlaProperties.Budget budget = properties.budgetOf(type);
        return new SlaPolicy(SlaPolicy.idOf(type, 0), type, 0, budget.firstResponse(), budget.resolution(),
                properties.percentByPriority(), properties.atRiskPercent(), properties.escalatePercent(),
                properties.calendar(), properties.confirmationWindow(), null, "defaults");
    }
}
