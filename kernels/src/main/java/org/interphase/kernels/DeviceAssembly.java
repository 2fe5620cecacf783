package org.interphase.kernels;

/**
 * Assembly kernels bound to one mesh layout and one target CSR matrix on a {@link Device}: each matrix
 * call adds an operator into the target's values (zero them first with {@link DeviceCsr#fillValues} to
 * start afresh; calls accumulate, so M + dt K is two calls with scaled coefficients); each load call adds
 * a right-hand side into a device vector of length target.rows() (fill it with zeros to start afresh).
 * Coefficients are per cell, device vectors of length nCells (times the values per cell). Weak forms, u
 * the trial and v the test function:
 *
 * <ul>
 * <li>diffusion: integral of k grad u . grad v (blockSize 1);</li>
 * <li>mass: integral of rho u v (blockSize 1);</li>
 * <li>elasticity: integral of lambda div u div v + 2 mu eps(u) : eps(v) (blockSize dim; plane strain
 *     in 2D);</li>
 * <li>source: integral of f v, f per node (interpolated) or per cell (blockSize 1);</li>
 * <li>body force: integral of b . v, b a dim-vector per cell (blockSize dim);</li>
 * <li>eigenstrain: integral of (C eps*) : grad v, C isotropic (lambda, mu) and eps* per cell
 *     (blockSize dim): the load of sigma = C (eps(u) - eps*).</li>
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
     * rhs += (f, v) for a scalar source f, interpolated from nodal values (f_h = sum_b f_b N_b) or constant on
     * each cell.
     *
     * @param f       (Input) one value per mesh node (the layout's coordinate numbering) when perNode, else one
     *                per cell. Not modified.
     * @param perNode (Input) whether f is nodal.
     * @param rhs     (Input/Output) load vector, target.rows() long (dof-node numbering).
     */
    void source(DeviceVector f, boolean perNode, DeviceVector rhs);

    /** rhs += (f_h, v) for nodal values f: {@link #source} with perNode = true. */
    default void nodalSource(DeviceVector f, DeviceVector rhs) {
        source(f, true, rhs);
    }

    /** rhs += (f, v) for f constant on each cell: {@link #source} with perNode = false. */
    default void cellSource(DeviceVector f, DeviceVector rhs) {
        source(f, false, rhs);
    }

    /**
     * rhs += (b, v) for a force density b constant on each cell.
     *
     * @param b   (Input) dim values per cell, [cell * dim + i]. Not modified.
     * @param rhs (Input/Output) load vector, target.rows() long, dim dofs per node.
     */
    void bodyForce(DeviceVector b, DeviceVector rhs);

    /**
     * rhs += (C eps*, grad v), C eps* = lambda tr(eps*) I + 2 mu eps*, everything constant on each cell.
     * In 2D only the in-plane rows are used and eps*_zz counts in the trace: plane strain as given; for
     * plane stress pass lambda* = 2 lambda mu / (lambda + 2 mu) and eps*_zz = 0.
     *
     * @param lambda (Input) per-cell first Lame parameter. Not modified.
     * @param mu     (Input) per-cell shear modulus. Not modified.
     * @param eps    (Input) 6 values per cell, Voigt order [xx, yy, zz, yz, xz, xy], tensor (not engineering)
     *               shear strains. Not modified.
     * @param rhs    (Input/Output) load vector, target.rows() long, dim dofs per node.
     */
    void eigenstrain(DeviceVector lambda, DeviceVector mu, DeviceVector eps, DeviceVector rhs);

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
