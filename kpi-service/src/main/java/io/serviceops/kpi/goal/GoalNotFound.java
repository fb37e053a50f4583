package io.serviceops.kpi.goal;

public class GoalNotFound extends RuntimeException {

    GoalNotFound(String goalId) {
        super("There is no service goal '" + goalId + "'.");
    }
}
