package io.serviceops.complaint.complaint;

/** How urgent or how important a case is, as the agent taking it judges (分级响应). */
public enum Grade {
    LOW, NORMAL, HIGH
}
