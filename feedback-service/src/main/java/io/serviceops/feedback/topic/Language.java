package io.serviceops.feedback.topic;

/** The language a rule's keywords are written in. */
public enum Language {
    ZH_CN,
    EN
}
