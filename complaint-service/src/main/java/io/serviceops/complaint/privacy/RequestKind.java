package io.serviceops.complaint.privacy;

/** What a personal-data request asks for: a copy of everything held (access, export) or its erasure. */
public enum RequestKind {
    EXPORT, ERASURE
}
