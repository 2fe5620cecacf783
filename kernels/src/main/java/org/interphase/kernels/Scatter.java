package org.interphase.kernels;

/**
 * How assembly kernels add cell matrices into a shared CSR value array without races.
 * Measured on POCL (KernelBenchmarks) and chosen per device by {@link #DEFAULT}.
 */
public enum Scatter {
    /**
     * Cells split by a two-level greedy colouring ({@link CellColouring}): one launch per block colour,
     * a barrier between the colours inside a block, plain adds.
     * Works on every device and sums each entry in a fixed order: the same numbers run after run and,
     * with fma contraction off, the same numbers on both twins.
     */
    COLOURED,
    /**
     * One launch over all blocks, 64-bit compare-and-swap adds (needs cl_khr_int64_base_atomics). The
     * order of the adds into an entry varies from run to run, so results differ in the last bits.
     */
    ATOMIC;

    /** The default: correct on every OpenCL 1.2 device, deterministic, and the faster on POCL. */
    public static final Scatter DEFAULT = COLOURED;
}
