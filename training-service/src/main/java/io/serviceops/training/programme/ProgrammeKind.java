package io.serviceops.training.programme;

/** The kinds of training the manuals name (基础 / 专项 / 适应性 / 交叉培训, 服务文化培训, 服务演练). */
public enum ProgrammeKind {
    BASIC, SPECIALISED, ADAPTIVE, CROSS_TRAINING, CULTURE, DRILL
}
