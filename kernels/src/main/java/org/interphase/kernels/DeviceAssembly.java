package org.interphase.kernels;

/**
 * Assembly kernels bound to one mesh layout and one target CSR matrix on a {@link Device}: each call
 * adds an operator into the target's values (zero them first with {@link DeviceCsr#fillValues} to
 * start afresh; calls accumulate, so M + dt K is two calls with scaled coefficients). Coefficients
 * are per cell, device vectors of length nCells. Weak forms, u the trial and v the test function:
 *
 * <ul>
 * <li>diffusion: integral of k grad u . grad v (blockSize 1);</li>
 * <li>mass: integral of rho u v (blockSize 1);</li>
 * <li>elasticity: integral of lambda div u div v + 2 mu eps(u) : eps(v) (blockSize dim; plane strain
 *     in 2D).</li>
 * </ul>
 *
 * Twins: {@link AssemblyOps} and {@code opencl/assembly.cl}.
 */
public interface DeviceAssembly extends AutoCloseable {

    /** @return the layout this assembly was made for. */
    AssemblyLayout layout();

    /** target += K(k). (Input) k: per-cell conductivity. Not modified. */
    void diffusion(DeviceVector k);

    /** target += M(rho). (Input) rho: per-cell density. Not modified. */
    void mass(DeviceVector rho);

    /** target += K(lambda, mu). (Input) lambda, mu: per-cell Lame parameters. Not modified. */
    void elasticity(DeviceVector lambda, DeviceVector mu);

    /**
     * Replaces the node coordinates (a moving mesh); the connectivity and slots stay.
     *
     * @param coords (Input) dim values per node, as many as the layout has. Not modified.
     */
    void setCoordinates(double[] coords);

    /** Releases device memory. Idempotent. */
    @Override
    void close();
}
