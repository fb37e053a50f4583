package io.serviceops.training.standard;

/** A reviewer speaks for a department concerned (部门审核) or as an expert (专家审核). */
public enum ReviewerKind {
    DEPARTMENT, EXPERT
}
