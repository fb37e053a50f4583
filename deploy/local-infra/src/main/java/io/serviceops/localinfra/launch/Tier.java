package io.serviceops.localinfra.launch;

/**
 * Stop order: higher tiers depend on lower ones and are stopped first, so nothing loses a dependency
 * while it is still shutting down. The foreground launcher is the top tier: stopping it stops the rest in order.
 */
enum Tier {
    INFRA(0), REDIS(1), SERVICE(2), GATEWAY(3), LAUNCHER(4);

    private final int number;

    Tier(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    static Tier of(int number) {
        for (Tier tier : values()) {
            if (tier.number == number) {
                return tier;
            }
        }
        throw new IllegalArgumentException("no tier " + number);
    }
}
