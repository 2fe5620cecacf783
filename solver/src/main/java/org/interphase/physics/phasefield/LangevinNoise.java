package org.interphase.physics.phasefield;

import org.interphase.assembly.DofMap;

/**
 * Seeded noise for the order-parameter equation: one number in [-1, 1) per dof slot and time step, drawn
 * by a counter-based generator (the SplitMix64 finalizer of Steele, Lea and Flood, OOPSLA 2014, applied to
 * seed, step and slot), so a value depends only on (seed, step, slot): the same seed gives the same run
 * bit for bit, whatever the thread count, and a retried step sees the same numbers.
 */
public final class LangevinNoise {

    private final long seed;

    /** @param seed (Input) the seed. */
    public LangevinNoise(long seed) {
        this.seed = seed;
    }

    /**
     * @param step (Input) the step counter (accepted steps so far).
     * @param slot (Input) the dof slot.
     * @return a number in [-1, 1).
     */
    public double value(long step, long slot) {
        long z = mix(mix(seed ^ 0x9E3779B97F4A7C15L) + step * 0xBF58476D1CE4E5B9L + slot);
        return ((z >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    /**
     * Fills one number per mesh node (periodic images share their slot's value).
     *
     * @param dofs (Input) the node-to-slot map.
     * @param step (Input) the step counter.
     * @param out  (Output) one value per mesh node.
     */
    public void fill(DofMap dofs, long step, double[] out) {
        for (int i = 0; i < dofs.nodes(); i++) {
            out[i] = value(step, dofs.slot(i));
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
