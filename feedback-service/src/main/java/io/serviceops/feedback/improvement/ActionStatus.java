package io.serviceops.feedback.improvement;

import java.util.Map;
import java.util.Set;

/** Where an improvement action stands (改进措施: 跟踪与评估). */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    VERIFIED;

    /** Verification may fail and send the work back; nothing leaves VERIFIED. */
    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
            PLANNED, Set.of(IN_PROGRESS, DONE),
            IN_PROGRESS, Set.of(DONE),
            DONE, Set.of(VERIFIED, IN_PROGRESS),
            VERIFIED, Set.of());

    boolean canMoveTo(ActionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Open actions are the ones that can be overdue. */
    boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
