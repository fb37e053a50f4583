package io.serviceops.kpi.fact;

import java.util.Set;

/**
 * A time limit a KPI counts facts against (the manuals' 24 h, 5 minutes): facts of {@code kind} whose
 * value, in seconds, is at most {@code seconds} are within it.
 */
public record Limit(FactKind kind, long seconds) {

    /**
     * The limits the {@link RunningTotals} count with every fact: the manuals' 24 hours to a first
     * response and 5 minutes per interaction (the KPIs' defaults). A template stating another limit is
     * answered by aggregating the facts, exactly but at a cost that grows with them. Adding a limit here
     * needs a rebuild ({@code POST /rebuild}) so the totals of past facts count it too.
     */
    public static final Set<Limit> TRACKED = Set.of(new Limit(FactKind.FIRST_RESPONSE, 24 * 3600),
            new Limit(FactKind.INTERACTION, 5 * 60));
}
