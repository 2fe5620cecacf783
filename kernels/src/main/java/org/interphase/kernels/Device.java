package org.interphase.kernels;

/**
 * A compute device: allocates vectors and CSR matrices in its memory and runs the kernels on them.
 * Two implementations: {@link CpuDevice} (plain Java on {@link Parallel}, the reference) and
 * {@code opencl.OpenClDevice} (JOCL). Every operation has the same meaning on both; results differ
 * only by rounding (element-wise operations not at all, reductions in the last bits).
 *
 * <p>Arguments must belong to this device; vector lengths must match (IllegalArgumentException
 * otherwise). A device is not thread-safe: use it from one thread at a time. Obtain one with
 * {@link Devices#open(String)}.
 */
public interface Device extends AutoCloseable {

    /** @return a short name, e.g. "cpu" or "opencl:0:0". */
    String name();

    /** @return one line: the kind of device, its model and the main limits. */
    String description();

    /** @return true for a GPU or other accelerator, false for a CPU (plain Java or CPU OpenCL). */
    boolean isAccelerator();

    /** @return counts of host-device transfers so far (zero on the CPU device). */
    TransferCounter transfers();

    /**
     * Allocates a vector of zeros.
     *
     * @param n (Input) length, >= 0.
     * @return the vector; the caller closes it.
     * @throws DeviceException ALLOCATION_FAILED when the device cannot hold it.
     */
    DeviceVector vector(int n);

    /** @return a new vector holding a copy of {@code values}. (Input) values. Not modified. */
    default DeviceVector vector(double[] values) {
        DeviceVector v = vector(values.length);
        v.upload(values);
        return v;
    }

    /**
     * Uploads a CSR structure with zero values.
     *
     * @param rows   (Input) number of rows.
     * @param cols   (Input) number of columns.
     * @param rowPtr (Input) rows+1 row pointers. Not modified.
     * @param col    (Input) column indices, sorted within each row, each in [0, cols). Not modified.
     * @return the matrix; the caller closes it.
     */
    DeviceCsr csr(int rows, int cols, int[] rowPtr, int[] col);

    /** As {@link #csr(int, int, int[], int[])}, then uploads {@code val}. (Input) val. Not modified. */
    default DeviceCsr csr(int rows, int cols, int[] rowPtr, int[] col, double[] val) {
        DeviceCsr a = csr(rows, cols, rowPtr, col);
        a.setValues(val);
        return a;
    }

    /** y := a x + y. (Input) x. (Input/Output) y. */
    void axpy(double a, DeviceVector x, DeviceVector y);

    /** y := x + b y. (Input) x. (Input/Output) y. */
    void xpby(DeviceVector x, double b, DeviceVector y);

    /** x := a x. (Input/Output) x. */
    void scale(double a, DeviceVector x);

    /** y := x. (Input) x. (Output) y. */
    void copy(DeviceVector x, DeviceVector y);

    /** z := x .* y, element-wise; z may be x or y. (Input) x, y. (Output) z. */
    void multiply(DeviceVector x, DeviceVector y, DeviceVector z);

    /** @return x . y. (Input) x, y. Not modified. */
    double dot(DeviceVector x, DeviceVector y);

    /** @return ||x||_2. (Input) x. Not modified. */
    default double norm2(DeviceVector x) {
        return Math.sqrt(dot(x, x));
    }

    /**
     * y := A x with the variant chosen by {@link SpmvVariant#AUTO}.
     *
     * @param a (Input) matrix. Not modified.
     * @param x (Input) vector of length cols. Not modified.
     * @param y (Output) vector of length rows, not x.
     */
    default void spmv(DeviceCsr a, DeviceVector x, DeviceVector y) {
        spmv(a, x, y, SpmvVariant.AUTO);
    }

    /** As {@link #spmv(DeviceCsr, DeviceVector, DeviceVector)} with an explicit variant. */
    void spmv(DeviceCsr a, DeviceVector x, DeviceVector y, SpmvVariant variant);

    /**
     * d_i := 1 / a_ii, the Jacobi preconditioner (infinite where the diagonal is zero or absent).
     *
     * @param a (Input) square matrix. Not modified.
     * @param d (Output) vector of length rows.
     */
    void invDiagonal(DeviceCsr a, DeviceVector d);

    /**
     * Preconditioned conjugate gradients with Jacobi, keeping every vector on this device and reading
     * back only scalars ({@link JacobiPcg}).
     *
     * @param a    (Input) SPD matrix. Not modified.
     * @param b    (Input) right-hand side. Not modified.
     * @param x    (Input/Output) initial guess, then the solution.
     * @param opts (Input) tolerances. Not modified.
     * @return status, iterations and residual history.
     */
    default PcgResult pcg(DeviceCsr a, DeviceVector b, DeviceVector x, PcgOptions opts) {
        return JacobiPcg.solve(this, a, b, x, opts);
    }

    /**
     * The Allen-Cahn residual with a lumped mass ({@link AllenCahnOps#residual}):
     * r_i = kappa (K eta)_i + m_i (w f'(eta_i) - S_i), f'(e) = 4 e (e - 1)(e - 1/2).
     *
     * @param k          (Input) stiffness matrix (assembled grad u . grad v). Not modified.
     * @param eta        (Input) order parameter. Not modified.
     * @param mass       (Input) lumped masses m_i. Not modified.
     * @param source     (Input) source S_i. Not modified.
     * @param kappa      (Input) gradient coefficient.
     * @param wellHeight (Input) w, the double-well height (1 in PFHub benchmark 7).
     * @param r          (Output) residual, not eta.
     */
    void allenCahnResidual(DeviceCsr k, DeviceVector eta, DeviceVector mass, DeviceVector source, double kappa,
            double wellHeight, DeviceVector r);

    /**
     * The explicit update ({@link AllenCahnOps#update}): u_i := u_i - dt w_i r_i, where w_i = 1/m_i on
     * free nodes and 0 on held (Dirichlet) nodes.
     *
     * @param dt (Input) time step.
     * @param w  (Input) update weights. Not modified.
     * @param r  (Input) residual. Not modified.
     * @param u  (Input/Output) the field.
     */
    void explicitUpdate(double dt, DeviceVector w, DeviceVector r, DeviceVector u);

    /**
     * The nodal rate of the explicit electrodeposition step ({@link PhaseFieldOps#rate}):
     * r_i = g_i + m_i [lw g'(xi) + le h'(xi) (exp(an (phi - e0)) - c exp(-cn (phi - e0))) - amp nu_i 16 g(xi)].
     *
     * @param lw    (Input) L_sigma W.
     * @param le    (Input) L_eta.
     * @param an    (Input) (1 - alpha) n.
     * @param cn    (Input) alpha n.
     * @param e0    (Input) the equilibrium potential.
     * @param amp   (Input) the noise amplitude.
     * @param xi    (Input) order parameter. Not modified.
     * @param c     (Input) concentration. Not modified.
     * @param phi   (Input) potential. Not modified.
     * @param noise (Input) noise numbers nu. Not modified.
     * @param mass  (Input) lumped masses. Not modified.
     * @param g     (Input) the gradient-energy part of the residual. Not modified.
     * @param r     (Output) the residual; may be g.
     */
    void phaseFieldRate(double lw, double le, double an, double cn, double e0, double amp, DeviceVector xi,
            DeviceVector c, DeviceVector phi, DeviceVector noise, DeviceVector mass, DeviceVector g, DeviceVector r);

    /**
     * The (anisotropic) gradient-energy flux per cell ({@link PhaseFieldOps#flux}) from the cell gradients.
     *
     * @param dim (Input) 2 or 3 (3: isotropic).
     * @param mob (Input) mobility factor.
     * @param k0  (Input) kappa0.
     * @param d   (Input) anisotropy strength.
     * @param w   (Input) anisotropy mode.
     * @param t0  (Input) anisotropy angle.
     * @param p   (Input) gradients, dim per cell. Not modified.
     * @param f   (Output) fluxes, dim per cell; not p.
     */
    void phaseFieldFlux(int dim, double mob, double k0, double d, double w, double t0, DeviceVector p,
            DeviceVector f);

    /**
     * y = a h(x) + b (1 - h(x)) with h the quintic interpolation at x clamped to [0, 1] ({@link PhaseFieldOps#blend}).
     *
     * @param a (Input) value at x = 1.
     * @param b (Input) value at x = 0.
     * @param x (Input) the argument. Not modified.
     * @param y (Output) the result; may be x.
     */
    void blend(double a, double b, DeviceVector x, DeviceVector y);

    /**
     * Eliminates held dofs symmetrically from A x = rhs ({@link PhaseFieldOps#constrain}).
     *
     * @param a    (Input/Output) square matrix.
     * @param held (Input) 1 at held dofs, 0 elsewhere. Not modified.
     * @param v    (Input) values at held dofs. Not modified.
     * @param rhs  (Input/Output) right-hand side.
     */
    void constrain(DeviceCsr a, DeviceVector held, DeviceVector v, DeviceVector rhs);

    /**
     * Binds assembly kernels to a mesh layout and a target matrix: uploads coordinates, connectivity,
     * cell order and slots once.
     *
     * @param layout (Input) from {@link AssemblyLayout#build}. Not modified.
     * @param target (Input/Output) the matrix the operators are added into; its structure must be the
     *               one the layout's slots were built for.
     * @return the bound kernels; the caller closes them.
     * @throws DeviceException UNSUPPORTED for atomic scatter on a device without 64-bit atomics.
     */
    DeviceAssembly assembly(AssemblyLayout layout, DeviceCsr target);

    /** Waits for queued work to finish (a no-op on the CPU device); for timing. */
    void finish();

    /** Releases everything the device holds. Idempotent. */
    @Override
    void close();
}
