package org.interphase.kernels;

import java.util.Arrays;

/**
 * Conjugate gradients with a Jacobi (diagonal) preconditioner written on {@link Device} operations,
 * so that all vectors stay in device memory and each iteration reads back three scalars (p.Ap, r.r,
 * r.z). Algorithm: Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., Algorithm 9.1.
 * Both devices run this same sequence of operations, so their iterates differ only by rounding.
 */
public final class JacobiPcg {

    private JacobiPcg() {
    }

    /**
     * Solves A x = b for a symmetric positive-definite A.
     *
     * @param d    (Input) device that owns every argument.
     * @param a    (Input) SPD matrix with a nonzero diagonal. Not modified.
     * @param b    (Input) right-hand side. Not modified.
     * @param x    (Input/Output) initial guess on entry, solution on exit.
     * @param opts (Input) tolerances and iteration limit. Not modified.
     * @return iterations and residual history.
     */
    public static PcgResult solve(Device d, DeviceCsr a, DeviceVector b, DeviceVector x, PcgOptions opts) {
        int n = a.rows();
        if (a.cols() != n || b.length() != n || x.length() != n) {
            throw new IllegalArgumentException(String.format(
                    "pcg needs a square matrix and vectors of its size: A is %dx%d, b has %d, x has %d",
                    a.rows(), a.cols(), b.length(), x.length()));
        }
        double[] history = new double[opts.maxIterations + 1];
        try (DeviceVector r = d.vector(n); DeviceVector z = d.vector(n); DeviceVector p = d.vector(n);
                DeviceVector q = d.vector(n); DeviceVector invDiag = d.vector(n)) {
            d.invDiagonal(a, invDiag);
            d.spmv(a, x, r);
            d.xpby(b, -1.0, r);
            double tol = Math.max(opts.rtol * d.norm2(b), opts.atol);
            double rnorm = d.norm2(r);
            history[0] = rnorm;
            if (rnorm <= tol) {
                return result(PcgResult.Status.CONVERGED, 0, history);
            }
            d.multiply(invDiag, r, z);
            d.copy(z, p);
            double rz = d.dot(r, z);
            for (int it = 1; it <= opts.maxIterations; it++) {
                d.spmv(a, p, q);
                double pq = d.dot(p, q);
                if (!(pq > 0.0) || !Double.isFinite(pq) || !Double.isFinite(rz)) {
                    history[it] = Double.NaN;
                    return result(PcgResult.Status.BREAKDOWN, it, history);
                }
                double alpha = rz / pq;
                d.axpy(alpha, p, x);
                d.axpy(-alpha, q, r);
                rnorm = d.norm2(r);
                history[it] = rnorm;
                if (rnorm <= tol) {
                    return result(PcgResult.Status.CONVERGED, it, history);
                }
                d.multiply(invDiag, r, z);
                double rzNew = d.dot(r, z);
                double beta = rzNew / rz;
                rz = rzNew;
                d.xpby(z, beta, p);
            }
            return result(PcgResult.Status.MAX_ITERATIONS, opts.maxIterations, history);
        }
    }

    private static PcgResult result(PcgResult.Status status, int iterations, double[] history) {
        double[] h = Arrays.copyOf(history, iterations + 1);
        return new PcgResult(status, iterations, h[0], h[iterations], h);
    }
}
