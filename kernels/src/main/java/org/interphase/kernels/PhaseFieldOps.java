package org.interphase.kernels;

/**
 * Element-wise and row-wise kernels of the explicit phase-field electrodeposition path, the plain-Java twin
 * of {@code opencl/phasefield.cl} (statement for statement):
 *
 * <pre>
 *   rate:     r_i = g_i + m_i [lw g'(x) + le h'(x) (exp(an (p - e0)) - c exp(-cn (p - e0))) - amp nu_i 16 g(x)]
 *             with x = xi_i, c = max(c_i, 0), p = phi_i, g(x) = x^2 (1 - x)^2, h'(x) = 30 x^2 (1 - x)^2
 *   flux:     f = mob [kappa(t) q + 1/2 kappa'(t) (-q_y, q_x)],  kappa(t) = k0 [1 + d cos(w (t - t0))],
 *             t = atan2(q_y, q_x), per 2D gradient pair q (isotropic in 3D or for d = 0: f = mob k0 q)
 *   blend:    y_i = a h(x_i) + b (1 - h(x_i)),  h(x) = x^3 (6 x^2 - 15 x + 10) at x clamped to [0, 1]
 *   constrain (rows of a CSR matrix, symmetric elimination of held dofs with values v):
 *             held row i:  rhs_i = a_ii v_i, off-diagonals 0;   free row i: rhs_i -= a_ij v_j, a_ij = 0 for held j
 * </pre>
 */
public final class PhaseFieldOps {

    private PhaseFieldOps() {
    }

    /** The nodal rate; see the class comment. Arrays of length n; r may alias g. */
    public static void rate(int n, double lw, double le, double an, double cn, double e0, double amp, double[] xi,
            double[] c, double[] phi, double[] noise, double[] mass, double[] g, double[] r) {
        Parallel.forRange(n, (lo, hi) -> rateRows(lo, hi, lw, le, an, cn, e0, amp, xi, c, phi, noise, mass, g, r));
    }

    /** Entries [lo, hi) of {@link #rate}. */
    public static void rateRows(int lo, int hi, double lw, double le, double an, double cn, double e0, double amp,
            double[] xi, double[] c, double[] phi, double[] noise, double[] mass, double[] g, double[] r) {
        for (int i = lo; i < hi; i++) {
            double x = xi[i];
            double a = x * (1.0 - x);
            double dg = 2.0 * a * (1.0 - 2.0 * x);
            double dh = 30.0 * a * a;
            double eta = phi[i] - e0;
            double ci = c[i] > 0.0 ? c[i] : 0.0;
            double b = Math.exp(an * eta) - ci * Math.exp(-cn * eta);
            r[i] = g[i] + mass[i] * (lw * dg + le * dh * b - amp * noise[i] * 16.0 * a * a);
        }
    }

    /** The gradient-energy flux per cell; p and f hold dim values per cell (nCells * dim). f may not alias p. */
    public static void flux(int cells, int dim, double mob, double k0, double d, double w, double t0, double[] p,
            double[] f) {
        Parallel.forRange(cells, (lo, hi) -> fluxRows(lo, hi, dim, mob, k0, d, w, t0, p, f));
    }

    /** Cells [lo, hi) of {@link #flux}. */
    public static void fluxRows(int lo, int hi, int dim, double mob, double k0, double d, double w, double t0,
            double[] p, double[] f) {
        for (int c = lo; c < hi; c++) {
            if (dim != 2 || d == 0.0) {
                for (int k = 0; k < dim; k++) {
                    f[c * dim + k] = mob * k0 * p[c * dim + k];
                }
                continue;
            }
            double qx = p[2 * c];
            double qy = p[2 * c + 1];
            double qq = qx * qx + qy * qy;
            if (qq < 1e-300) {
                f[2 * c] = 0.0;
                f[2 * c + 1] = 0.0;
                continue;
            }
            double s = w * (Math.atan2(qy, qx) - t0);
            double kap = k0 * (1.0 + d * Math.cos(s));
            double k1 = -k0 * d * w * Math.sin(s);
            f[2 * c] = mob * (kap * qx - 0.5 * k1 * qy);
            f[2 * c + 1] = mob * (kap * qy + 0.5 * k1 * qx);
        }
    }

    /** The blend y = a h(x) + b (1 - h(x)); see the class comment. y may alias x. */
    public static void blend(int n, double a, double b, double[] x, double[] y) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double v = x[i] < 0.0 ? 0.0 : x[i] > 1.0 ? 1.0 : x[i];
                double h = v * v * v * (v * (6.0 * v - 15.0) + 10.0);
                y[i] = a * h + b * (1.0 - h);
            }
        });
    }

    /**
     * Symmetric elimination of held dofs (held[i] != 0) with values v from A x = rhs, rows independent.
     *
     * @param rows   (Input) number of rows.
     * @param rowPtr (Input) CSR row pointers. Not modified.
     * @param col    (Input) CSR columns. Not modified.
     * @param val    (Input/Output) CSR values.
     * @param held   (Input) 1 for held dofs, 0 otherwise. Not modified.
     * @param v      (Input) the held values. Not modified.
     * @param rhs    (Input/Output) the right-hand side.
     */
    public static void constrain(int rows, int[] rowPtr, int[] col, double[] val, double[] held, double[] v,
            double[] rhs) {
        Parallel.forRange(rows, (lo, hi) -> constrainRows(lo, hi, rowPtr, col, val, held, v, rhs));
    }

    /** Rows [lo, hi) of {@link #constrain}. */
    public static void constrainRows(int lo, int hi, int[] rowPtr, int[] col, double[] val, double[] held, double[] v,
            double[] rhs) {
        for (int i = lo; i < hi; i++) {
            if (held[i] != 0.0) {
                double diag = 0.0;
                for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                    if (col[k] == i) {
                        diag = val[k];
                    } else {
                        val[k] = 0.0;
                    }
                }
                rhs[i] = diag * v[i];
            } else {
                double s = rhs[i];
                for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                    int j = col[k];
                    if (held[j] != 0.0) {
                        s -= val[k] * v[j];
                        val[k] = 0.0;
                    }
                }
                rhs[i] = s;
            }
        }
    }
}
