package org.interphase.kernels;

/**
 * The explicit Allen-Cahn step on raw arrays, the plain-Java twin of {@code opencl/allencahn.cl}.
 * With a lumped mass matrix M = diag(m), stiffness K (the assembled grad u . grad v) and source S, one
 * forward-Euler step of d eta/dt = -[w f'(eta) - kappa lap eta] + S (PFHub benchmark 7) is
 *
 * <pre>
 *   r_i      = kappa (K eta)_i + m_i (w f'(eta_i) - S_i),   f'(e) = 4 e (e - 1)(e - 1/2)
 *   eta_i   := eta_i - dt w_i r_i,                          w_i = 1/m_i (free), 0 (held)
 * </pre>
 *
 * The residual and the update are separate so a phase-field model can add its own terms to S or r.
 */
public final class AllenCahnOps {

    private AllenCahnOps() {
    }

    /**
     * r := kappa K eta + m .* (wellHeight f'(eta) - S).
     *
     * @param n          (Input) number of nodes (rows of K).
     * @param kappa      (Input) gradient coefficient.
     * @param wellHeight (Input) double-well height w.
     * @param rowPtr     (Input) CSR row pointers of K. Not modified.
     * @param col        (Input) CSR column indices of K. Not modified.
     * @param val        (Input) CSR values of K. Not modified.
     * @param eta        (Input) order parameter. Not modified.
     * @param mass       (Input) lumped masses. Not modified.
     * @param source     (Input) source S. Not modified.
     * @param r          (Output) residual.
     */
    public static void residual(int n, double kappa, double wellHeight, int[] rowPtr, int[] col, double[] val,
            double[] eta, double[] mass, double[] source, double[] r) {
        Parallel.forRange(n, (lo, hi) -> residualRows(lo, hi, kappa, wellHeight, rowPtr, col, val, eta, mass,
                source, r));
    }

    /** r[lo..hi) of {@link #residual}, serially. Same arguments. */
    public static void residualRows(int lo, int hi, double kappa, double wellHeight, int[] rowPtr, int[] col,
            double[] val, double[] eta, double[] mass, double[] source, double[] r) {
        for (int i = lo; i < hi; i++) {
            double ke = 0.0;
            for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                ke += val[k] * eta[col[k]];
            }
            double e = eta[i];
            double df = 4.0 * e * (e - 1.0) * (e - 0.5);
            r[i] = kappa * ke + mass[i] * (wellHeight * df - source[i]);
        }
    }

    /**
     * u := u - dt w .* r.
     *
     * @param n  (Input) length.
     * @param dt (Input) time step.
     * @param w  (Input) weights: 1/m_i on free nodes, 0 on held ones. Not modified.
     * @param r  (Input) residual. Not modified.
     * @param u  (Input/Output) the field.
     */
    public static void update(int n, double dt, double[] w, double[] r, double[] u) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                u[i] = u[i] - dt * w[i] * r[i];
            }
        });
    }

    /**
     * @param mass (Input) lumped masses, all positive. Not modified.
     * @param held (Input) true for Dirichlet nodes, whose value the step keeps. Not modified.
     * @return the update weights w_i = 1/m_i (free), 0 (held).
     */
    public static double[] updateWeights(double[] mass, boolean[] held) {
        if (mass.length != held.length) {
            throw new IllegalArgumentException(String.format("mass has %d entries but held has %d",
                    mass.length, held.length));
        }
        double[] w = new double[mass.length];
        for (int i = 0; i < w.length; i++) {
            if (!held[i] && !(mass[i] > 0.0)) {
                throw new IllegalArgumentException(String.format("lumped mass of node %d is %s; it must be > 0",
                        i, mass[i]));
            }
            w[i] = held[i] ? 0.0 : 1.0 / mass[i];
        }
        return w;
    }
}
