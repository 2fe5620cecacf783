package org.interphase.nonlinear;

import org.interphase.core.SolverException;
import org.interphase.kernels.VectorOps;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.SolveStats;

/**
 * Newton-Raphson with a backtracking line search (Dennis and Schnabel, ch. 6): solve J du = -r, then
 * take u + alpha du with the largest alpha in {1, 1/2, 1/4, ...} that reduces ||r|| by the Armijo factor.
 * A solve that does not converge returns normally with {@code converged = false} and u at the last
 * iterate, so load and time steppers can cut their step and retry from their committed state.
 */
public final class NewtonSolver {

    private final NewtonOptions options;
    private final LinearSolver linear;

    /**
     * @param options (Input) settings. Copied.
     * @param linear  (Input) the linear solver for J du = -r (set up once per iteration).
     */
    public NewtonSolver(NewtonOptions options, LinearSolver linear) {
        this.options = options.copy();
        this.linear = linear;
    }

    public NewtonOptions options() {
        return options;
    }

    /**
     * @param p (Input) the problem.
     * @param u (Input/Output) initial iterate (satisfying the constraints) on entry, last iterate on exit.
     * @return the outcome.
     */
    public NewtonResult solve(NonlinearProblem p, double[] u) {
        int n = p.size();
        double[] r = new double[n];
        double[] du = new double[n];
        double[] rhs = new double[n];
        double[] trial = new double[n];
        double[] rTrial = new double[n];
        CsrMatrix j = p.newJacobian();
        p.evaluate(u, r, j);
        double r0 = VectorOps.norm2(r, n);
        if (!Double.isFinite(r0)) {
            return new NewtonResult(false, 0, 0, r0, r0, "non-finite");
        }
        double scale = Math.max(r0, p.residualScale());
        double rn = r0;
        int linearIts = 0;
        for (int it = 0; it < options.maxIterations; it++) {
            if (rn <= options.atol) {
                return new NewtonResult(true, it, linearIts, r0, rn, "absolute");
            }
            if (rn <= options.rtol * scale) {
                return new NewtonResult(true, it, linearIts, r0, rn, "residual");
            }
            for (int i = 0; i < n; i++) {
                rhs[i] = -r[i];
                du[i] = 0.0;
            }
            try {
                SolveStats s = linear.solve(j, rhs, du);
                linearIts += s.iterations();
            } catch (SolverException e) {
                return new NewtonResult(false, it, linearIts, r0, rn, "linear-solver: " + e.getMessage());
            }
            double alpha = 1.0;
            double rt = Double.NaN;
            int tries = options.lineSearch ? options.maxBacktracks : 0;
            for (int k = 0; k <= tries; k++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = u[i] + alpha * du[i];
                }
                p.evaluate(trial, rTrial, null);
                rt = VectorOps.norm2(rTrial, n);
                if (Double.isFinite(rt) && rt <= (1 - 1e-4 * alpha) * rn) {
                    break;
                }
                if (k < tries) {
                    alpha *= 0.5;
                }
            }
            if (!Double.isFinite(rt)) {
                return new NewtonResult(false, it + 1, linearIts, r0, rt, "non-finite");
            }
            System.arraycopy(trial, 0, u, 0, n);
            double stepNorm = Math.abs(alpha) * VectorOps.norm2(du, n);
            double uNorm = VectorOps.norm2(u, n);
            if (!Double.isFinite(uNorm) || !Double.isFinite(stepNorm)) {
                return new NewtonResult(false, it + 1, linearIts, r0, rn, "non-finite");
            }
            p.evaluate(u, r, j);
            rn = VectorOps.norm2(r, n);
            if (!Double.isFinite(rn)) {
                return new NewtonResult(false, it + 1, linearIts, r0, rn, "non-finite");
            }
            if (rn > options.divergence * scale) {
                return new NewtonResult(false, it + 1, linearIts, r0, rn, "diverged");
            }
            if (rn <= options.atol) {
                return new NewtonResult(true, it + 1, linearIts, r0, rn, "absolute");
            }
            if (rn <= options.rtol * scale) {
                return new NewtonResult(true, it + 1, linearIts, r0, rn, "residual");
            }
            if (stepNorm <= options.stepTol * uNorm && alpha == 1.0) {
                return new NewtonResult(true, it + 1, linearIts, r0, rn, "step");
            }
        }
        return new NewtonResult(false, options.maxIterations, linearIts, r0, rn, "max-iterations");
    }
}
