package org.interphase.linalg;

import org.interphase.kernels.VectorOps;

/**
 * Preconditioned conjugate gradients for symmetric positive definite systems (Hestenes and Stiefel,
 * 1952; Saad, "Iterative Methods for Sparse Linear Systems", 2nd ed., Alg. 9.1). The preconditioner
 * must be symmetric positive definite too. A non-positive curvature p^T A p, or r^T M^-1 r, is a
 * breakdown: the matrix or the preconditioner is not SPD.
 */
public final class ConjugateGradient extends KrylovSolver {

    /**
     * @param preconditioner (Input) an SPD preconditioner.
     * @param options        (Input) rtol, atol, maxIterations. Copied.
     */
    public ConjugateGradient(Preconditioner preconditioner, SolverOptions options) {
        super(preconditioner, options);
    }

    @Override
    protected String methodName() {
        return "cg";
    }

    @Override
    protected int iterate(double[] b, double[] x, double[] r, IterationMonitor monitor) {
        int n = r.length;
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        double rNorm = VectorOps.norm2(r, n);
        double rz = restart(r, z, p, 0, rNorm, monitor);
        for (int it = 1;; it++) {
            a.multiply(p, q);
            double pq = VectorOps.dot(p, q, n);
            if (!(pq > 0.0)) {
                if (!Double.isFinite(pq)) {
                    monitor.record(it, Double.NaN);
                }
                throw monitor.breakdown(it, rNorm, String.format(java.util.Locale.ROOT,
                        "p^T A p = %.3e <= 0, the matrix is not SPD", pq),
                        "check the boundary conditions and the sign of the matrix, or use gmres or method direct");
            }
            double alpha = rz / pq;
            rNorm = Math.sqrt(updateAndNorm(alpha, p, q, x, r));
            if (monitor.converged(rNorm)) {
                residual(b, x, r);
                rNorm = VectorOps.norm2(r, n);
                if (monitor.converged(rNorm)) {
                    return it;
                }
                monitor.record(it, rNorm);
                rz = restart(r, z, p, it, rNorm, monitor);
                continue;
            }
            monitor.record(it, rNorm);
            preconditioner.apply(r, z);
            double rzNew = VectorOps.dot(r, z, n);
            if (!(rzNew > 0.0)) {
                throw notSpdPreconditioner(monitor, it, rNorm, rzNew);
            }
            VectorOps.xpby(z, rzNew / rz, p, n);
            rz = rzNew;
        }
    }

    /** Starts a fresh search direction p = M^-1 r. @return r^T M^-1 r. */
    private double restart(double[] r, double[] z, double[] p, int it, double rNorm, IterationMonitor monitor) {
        preconditioner.apply(r, z);
        double rz = VectorOps.dot(r, z, r.length);
        if (!(rz > 0.0)) {
            throw notSpdPreconditioner(monitor, it, rNorm, rz);
        }
        VectorOps.copy(z, p, r.length);
        return rz;
    }

    private static RuntimeException notSpdPreconditioner(IterationMonitor monitor, int it, double rNorm, double rz) {
        if (!Double.isFinite(rz)) {
            monitor.record(it, rz);
        }
        return monitor.breakdown(it, rNorm, String.format(java.util.Locale.ROOT,
                "r^T M^-1 r = %.3e <= 0, the preconditioner is not SPD", rz),
                "use an SPD preconditioner (jacobi, ic0, amg) with cg, or use gmres");
    }
}
