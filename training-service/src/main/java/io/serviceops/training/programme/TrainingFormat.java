package io.serviceops.training.programme;

/** How a session is held. */
public enum TrainingFormat {
    GROUP_STUDY, GROUP_DISCUSSION, LECTURE, DRILL, E_LEARNING
}
