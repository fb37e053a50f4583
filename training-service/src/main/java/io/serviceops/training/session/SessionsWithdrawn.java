package io.serviceops.training.session;

import java.util.List;

/** Published inside the service when a schedule edit withdrew future sessions. */
public record SessionsWithdrawn(List<String> sessionIds) {
}
