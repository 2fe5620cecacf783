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
    /** {@link #VECTOR} when the mean row length is at least {@link #VECTOR_THRESHOLD}, else {@link #SCALAR}. */
    AUTO;

    /**
     * Mean entries per row from which {@link #AUTO} picks {@link #VECTOR}. On GPUs the vector variant
     * wins once a row fills a good part of a warp (32 lanes); on CPU OpenCL (POCL) scalar wins at every
     * row length we measured (see KernelBenchmarks), so the threshold is set for GPUs.
     */
    public static final double VECTOR_THRESHOLD = 32.0;

    /** @return the concrete variant for a matrix with this mean row length. */
    public SpmvVariant resolve(double meanRowLength) {
        if (this != AUTO) {
            return this;
        }
        return meanRowLength >= VECTOR_THRESHOLD ? VECTOR : SCALAR;
    }
}
