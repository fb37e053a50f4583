package io.serviceops.archsample.right;

import io.serviceops.archsample.left.Left;

/** The other half of the deliberate cycle. */
public class Right {

    public Left partner() {
        return new Left();
    }
}
