package org.interphase.linalg;

import java.util.Locale;
import org.interphase.kernels.Parallel;
import org.interphase.kernels.VectorOps;

/**
 * Right-preconditioned BiCGSTAB for non-symmetric systems (H. A. van der Vorst, SIAM J. Sci. Stat.
 * Comput. 13, 1992; Saad, "Iterative Methods for Sparse Linear Systems", 2nd ed., Alg. 7.7). A vanishing
 * rho = r0^T r or r0^T v is a breakdown; convergence is confirmed on the true residual.
 */
public final class BiCgStab extends KrylovSolver {

    /** |rho| below this times ||r0|| ||r|| counts as zero. */
    private static final double BREAKDOWN = 1e-30;

    /**
     * @param preconditioner (Input) any preconditioner (need not be symmetric).
     * @param options        (Input) rtol, atol, maxIterations. Copied.
     */
    public BiCgStab(Preconditioner preconditioner, SolverOptions options) {
        super(preconditioner, options);
    }

    @Override
    protected String methodName() {
        return "bicgstab";
    }

    @Override
    protected int iterate(double[] b, double[] x, double[] r, IterationMonitor monitor) {
        int n = r.length;
        double[] r0 = r.clone();
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] sHat = new double[n];
        double[] t = new double[n];
        double r0Norm = VectorOps.norm2(r0, n);
        double rNorm = r0Norm;
        double rho = 1.0;
        double alpha = 1.0;
        double omega = 1.0;
        String advice = "try gmres, or a different initial guess or preconditioner";
        for (int it = 1;; it++) {
            double rhoNew = VectorOps.dot(r0, r, n);
            if (Math.abs(rhoNew) <= BREAKDOWN * r0Norm * rNorm) {
                throw monitor.breakdown(it, rNorm, String.format(Locale.ROOT, "rho = r0^T r = %.3e", rhoNew), advice);
            }
            if (it == 1) {
                VectorOps.copy(r, p, n);
            } else {
                double beta = (rhoNew / rho) * (alpha / omega);
                double w = omega;
                Parallel.forRange(n, (lo, hi) -> {
                    for (int i = lo; i < hi; i++) {
                        p[i] = r[i] + beta * (p[i] - w * v[i]);
                    }
                });
            }
            rho = rhoNew;
            preconditioner.apply(p, pHat);
            a.multiply(pHat, v);
            double r0v = VectorOps.dot(r0, v, n);
            if (Math.abs(r0v) <= BREAKDOWN * r0Norm * VectorOps.norm2(v, n) || !Double.isFinite(r0v)) {
                throw monitor.breakdown(it, rNorm, String.format(Locale.ROOT, "r0^T v = %.3e", r0v), advice);
            }
            alpha = rho / r0v;
            double sNorm = Math.sqrt(updateAndNorm(alpha, pHat, v, x, r));
            if (monitor.converged(sNorm) && confirmed(b, x, r, monitor)) {
                return it;
            }
            preconditioner.apply(r, sHat);
            a.multiply(sHat, t);
            double tt = VectorOps.dot(t, t, n);
            omega = tt > 0 ? VectorOps.dot(t, r, n) / tt : 0.0;
            rNorm = Math.sqrt(updateAndNorm(omega, sHat, t, x, r));
            if (monitor.converged(rNorm) && confirmed(b, x, r, monitor)) {
                return it;
            }
            monitor.record(it, rNorm);
            if (omega == 0.0) {
                throw monitor.breakdown(it, rNorm, "omega = 0 (t^T s vanished)", advice);
            }
        }
    }

    /** Recomputes r = b - A x. @return whether the true residual meets the tolerance. */
    private boolean confirmed(double[] b, double[] x, double[] r, IterationMonitor monitor) {
        residual(b, x, r);
        return monitor.converged(VectorOps.norm2(r, r.length));
    }
}
