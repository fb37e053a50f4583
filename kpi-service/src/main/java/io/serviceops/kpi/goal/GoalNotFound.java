package io.serviceops.kpi.goal;

import io.serviceops.conventions.problem.NotFound;

public class GoalNotFound extends NotFound {

    GoalNotFound(String goalId) {
        super("There is no service goal '" + goalId + "'.");
    }
}
