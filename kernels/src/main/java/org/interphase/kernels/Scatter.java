package org.interphase.kernels;

/**
 * How assembly kernels add cell matrices into a shared CSR value array without races.
 *
 * <p>Measured on POCL, 2 cores, one KernelBenchmarks run at 2M TRI3 / 1M TET4 cells (million cells per
 * second, coloured vs atomic; the shared machine varies by up to 2x between runs): diffusion TRI3 9.6 vs
 * 10.6, mass TRI3 12.1 vs 8.1, elasticity TRI3 4.2 vs 4.0, elasticity TET4 1.1 vs 1.8 (the Java twin:
 * 4.8, 3.1, 2.0, 0.6). Coloured is kept as the default: it needs no optional extension, gives the same
 * numbers every run and on both twins, and is as fast on triangles; atomic wins on TET4 elasticity,
 * where a block has about ten pieces, each ending in a barrier.
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

    /** The default: correct on every OpenCL 1.2 device and deterministic. */
    public static final Scatter DEFAULT = COLOURED;
}
