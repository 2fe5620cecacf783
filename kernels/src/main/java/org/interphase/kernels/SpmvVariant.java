package org.interphase.kernels;

/**
 * How a device maps a sparse matrix-vector product onto its work-items. The CPU device has one
 * implementation ({@link CsrOps#spmv}) and ignores the choice.
 */
public enum SpmvVariant {
    /** One work-item per row ("CSR scalar"): best for short rows, as FE matrices have. */
    SCALAR,
    /** A team of work-items per row with a local-memory reduction ("CSR vector"): best for long rows. */
    VECTOR,
    /**
     * On an accelerator, {@link #VECTOR} when the mean row length is at least {@link #VECTOR_THRESHOLD},
     * else {@link #SCALAR}; on a CPU device always {@link #SCALAR}.
     */
    AUTO;

    /**
     * Mean entries per row from which {@link #AUTO} picks {@link #VECTOR} on an accelerator. On GPUs the
     * vector variant wins once a row fills a good part of a warp (32 lanes; Bell and Garland, "Efficient
     * sparse matrix-vector multiplication on CUDA", NVIDIA NVR-2008-004, report CSR vector ahead from
     * about that length). On CPU OpenCL (POCL) the work-items of a group run one after another, so the
     * team reduction only adds barriers: the vector variant measured 10 to 20 times slower than scalar
     * at 9 and 49 entries per row (KernelBenchmarks), hence never chosen there.
     */
    public static final double VECTOR_THRESHOLD = 32.0;

    /**
     * @param meanRowLength (Input) mean entries per row of the matrix.
     * @param accelerator   (Input) whether the device is a GPU or other accelerator.
     * @return the concrete variant.
     */
    public SpmvVariant resolve(double meanRowLength, boolean accelerator) {
        if (this != AUTO) {
            return this;
        }
        return accelerator && meanRowLength >= VECTOR_THRESHOLD ? VECTOR : SCALAR;
    }
}
