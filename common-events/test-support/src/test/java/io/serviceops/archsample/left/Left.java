package io.serviceops.archsample.left;

import io.serviceops.archsample.right.Right;

/** Half of a deliberate cycle between two features, for {@code ServiceArchitectureTest}. */
public class Left {

    public Right partner() {
        return new Right();
    }
}
