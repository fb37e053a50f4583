package io.serviceops.gateway.ratelimit;

import jakarta.validation.constraints.Min;

/**
 * One route's limit, bound from its {@code token-bucket.*} filter args: a bucket of {@code burstCapacity}
 * tokens per client, refilled with {@code replenishRate} tokens a second; a request takes one.
 */
public class Limit {

    @Min(1)
    private int replenishRate;
    @Min(1)
    private int burstCapacity;

    public int getReplenishRate() {
        return replenishRate;
    }

    public Limit setReplenishRate(int replenishRate) {
        this.replenishRate = replenishRate;
        return this;
    }

    public int getBurstCapacity() {
        return burstCapacity;
    }

    public Limit setBurstCapacity(int burstCapacity) {
        this.burstCapacity = burstCapacity;
        return this;
    }
}
