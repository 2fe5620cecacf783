package org.interphase.kernels;

/**
 * Matrix-free forward-Euler steps of the Allen-Cahn equation with a lumped mass matrix on any
 * {@link Device}, for PFHub benchmark 7 and the phase-field models built on it:
 *
 * <pre>
 *   eta_i := eta_i - dt / m_i [ kappa (K eta)_i + m_i (w f'(eta_i) - S_i) ],   f'(e) = 4 e (e - 1)(e - 1/2),
 * </pre>
 *
 * K the assembled P1 stiffness (grad u . grad v), m_i the lumped masses, S the source uploaded per step;
 * held (Dirichlet) nodes keep their value. K, m and the update weights stay on the device; a step
 * uploads S only. A phase-field model can call {@link #residual} and {@link #update} separately and add
 * its own terms in between. The kernels are {@link Device#allenCahnResidual} and
 * {@link Device#explicitUpdate} (twins: {@link AllenCahnOps}, {@code opencl/allencahn.cl}).
 */
public final class AllenCahnStep implements AutoCloseable {

    private final Device device;
    private final DeviceCsr stiffness;
    private final DeviceVector mass;
    private final DeviceVector weights;
    private final DeviceVector source;
    private final DeviceVector residual;
    private final double kappa;
    private final double wellHeight;

    /**
     * Uploads the operator.
     *
     * @param device     (Input) the device to run on.
     * @param n          (Input) number of nodes.
     * @param rowPtr     (Input) CSR row pointers of K. Not modified.
     * @param col        (Input) CSR column indices of K. Not modified.
     * @param kVal       (Input) CSR values of K. Not modified.
     * @param lumpedMass (Input) m_i > 0 on every free node. Not modified.
     * @param held       (Input) true for Dirichlet nodes. Not modified.
     * @param kappa      (Input) gradient coefficient.
     * @param wellHeight (Input) double-well height w (1 in benchmark 7).
     */
    public AllenCahnStep(Device device, int n, int[] rowPtr, int[] col, double[] kVal, double[] lumpedMass,
            boolean[] held, double kappa, double wellHeight) {
        if (lumpedMass.length != n) {
            throw new IllegalArgumentException(String.format("%d lumped masses for %d nodes", lumpedMass.length, n));
        }
        double[] w = AllenCahnOps.updateWeights(lumpedMass, held);
        this.device = device;
        this.kappa = kappa;
        this.wellHeight = wellHeight;
        this.stiffness = device.csr(n, n, rowPtr, col, kVal);
        this.mass = device.vector(lumpedMass);
        this.weights = device.vector(w);
        this.source = device.vector(n);
        this.residual = device.vector(n);
    }

    /** @return the device vector holding S: fill or upload it, or pass S to the three-argument step. */
    public DeviceVector source() {
        return source;
    }

    /**
     * r := kappa K eta + m .* (w f'(eta) - S) with the current source.
     *
     * @param eta (Input) order parameter. Not modified.
     * @param r   (Output) residual.
     */
    public void residual(DeviceVector eta, DeviceVector r) {
        device.allenCahnResidual(stiffness, eta, mass, source, kappa, wellHeight, r);
    }

    /**
     * eta := eta - dt r / m on free nodes.
     *
     * @param dt  (Input) time step.
     * @param r   (Input) residual. Not modified.
     * @param eta (Input/Output) order parameter.
     */
    public void update(double dt, DeviceVector r, DeviceVector eta) {
        device.explicitUpdate(dt, weights, r, eta);
    }

    /**
     * One step with the source {@code s}: uploads s, then residual and update.
     *
     * @param eta (Input/Output) order parameter.
     * @param s   (Input) source S at the start of the step. Not modified.
     * @param dt  (Input) time step.
     */
    public void step(DeviceVector eta, double[] s, double dt) {
        source.upload(s);
        step(eta, dt);
    }

    /** One step with the source already in {@link #source()}. (Input/Output) eta. (Input) dt. */
    public void step(DeviceVector eta, double dt) {
        residual(eta, residual);
        update(dt, residual, eta);
    }

    @Override
    public void close() {
        residual.close();
        source.close();
        weights.close();
        mass.close();
        stiffness.close();
    }
}
