package io.serviceops.complaint.complaint;

/** What caused the complaint, as found by the investigation (调查与原因分析). */
public enum RootCause {
    STAFF_CONDUCT, PROCESS_NOT_FOLLOWED, PRODUCT_DEFECT, MISUSE, LOGISTICS, PROCESS, OTHER
}
