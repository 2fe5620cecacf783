package org.interphase.linalg;

import org.interphase.kernels.Parallel;
import org.interphase.kernels.VectorOps;

/**
 * Restarted GMRES(m) with right preconditioning, modified Gram-Schmidt Arnoldi and Givens rotations
 * (Saad and Schultz, SIAM J. Sci. Stat. Comput. 7, 1986; Saad, "Iterative Methods for Sparse Linear
 * Systems", 2nd ed., Alg. 9.5). Right preconditioning makes the Arnoldi residual estimate the true
 * residual of the unpreconditioned system; at each restart, and before declaring convergence, the true
 * residual b - A x is recomputed.
 */
public final class Gmres extends KrylovSolver {

    /**
     * @param preconditioner (Input) any preconditioner (need not be symmetric).
     * @param options        (Input) rtol, atol, maxIterations, restart. Copied.
     */
    public Gmres(Preconditioner preconditioner, SolverOptions options) {
        super(preconditioner, options);
    }

    @Override
    protected String methodName() {
        return "gmres";
    }

    @Override
    protected int iterate(double[] b, double[] x, double[] r, IterationMonitor monitor) {
        int n = r.length;
        int m = Math.max(1, Math.min(options.restart, n));
        double[][] v = new double[m + 1][];
        double[][] h = new double[m + 1][m];
        double[] cs = new double[m];
        double[] sn = new double[m];
        double[] g = new double[m + 1];
        double[] z = new double[n];
        double[] w = new double[n];
        double beta = VectorOps.norm2(r, n);
        int it = 0;
        while (true) {
            if (v[0] == null) {
                v[0] = new double[n];
            }
            scaleInto(1.0 / beta, r, v[0]);
            java.util.Arrays.fill(g, 0.0);
            g[0] = beta;
            int k = 0;
            double estimate = beta;
            while (k < m) {
                it++;
                preconditioner.apply(v[k], z);
                a.multiply(z, w);
                for (int i = 0; i <= k; i++) {
                    h[i][k] = VectorOps.dot(w, v[i], n);
                    VectorOps.axpy(-h[i][k], v[i], w, n);
                }
                double hNext = VectorOps.norm2(w, n);
                for (int i = 0; i < k; i++) {
                    double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                    h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                    h[i][k] = t;
                }
                double rr = Math.hypot(h[k][k], hNext);
                cs[k] = rr > 0 ? h[k][k] / rr : 1.0;
                sn[k] = rr > 0 ? hNext / rr : 0.0;
                h[k][k] = rr;
                g[k + 1] = -sn[k] * g[k];
                g[k] = cs[k] * g[k];
                estimate = Math.abs(g[k + 1]);
                k++;
                boolean happy = hNext <= 1e-14 * rr;
                if (monitor.converged(estimate) || happy || it >= options.maxIterations) {
                    break;
                }
                monitor.record(it, estimate);
                if (v[k] == null) {
                    v[k] = new double[n];
                }
                scaleInto(1.0 / hNext, w, v[k]);
            }
            update(x, v, h, g, k, z, w);
            residual(b, x, r);
            beta = VectorOps.norm2(r, n);
            if (monitor.converged(beta)) {
                return it;
            }
            monitor.record(it, beta);
        }
    }

    /** x += M^-1 V y with H y = g (upper triangular, k x k). */
    private void update(double[] x, double[][] v, double[][] h, double[] g, int k, double[] z, double[] u) {
        double[] y = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = g[i];
            for (int j = i + 1; j < k; j++) {
                s -= h[i][j] * y[j];
            }
            y[i] = s / h[i][i];
        }
        int n = x.length;
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double s = 0.0;
                for (int j = 0; j < k; j++) {
                    s += y[j] * v[j][i];
                }
                u[i] = s;
            }
        });
        preconditioner.apply(u, z);
        VectorOps.axpy(1.0, z, x, n);
    }

    private static void scaleInto(double alpha, double[] src, double[] dst) {
        Parallel.forRange(src.length, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                dst[i] = alpha * src[i];
            }
        });
    }
}
