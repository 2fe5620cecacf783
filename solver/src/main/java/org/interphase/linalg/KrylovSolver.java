package org.interphase.linalg;

import org.interphase.core.Checks;
import org.interphase.kernels.CsrOps;
import org.interphase.kernels.Parallel;
import org.interphase.kernels.VectorOps;

/**
 * What the preconditioned Krylov solvers share: setup of the matrix and preconditioner, the stopping
 * test ||r|| <= max(rtol ||b||, atol), the zero right-hand side, timing and the true-residual check
 * before a solve is declared converged.
 */
public abstract class KrylovSolver implements LinearSolver {

    protected final SolverOptions options;
    protected final Preconditioner preconditioner;
    protected CsrMatrix a;
    private double setupSeconds;

    /**
     * @param preconditioner (Input) preconditioner; set up with every matrix.
     * @param options        (Input) tolerances and limits. Copied.
     */
    protected KrylovSolver(Preconditioner preconditioner, SolverOptions options) {
        Checks.verify(preconditioner != null, "a Krylov solver needs a preconditioner (IdentityPreconditioner for none)");
        this.preconditioner = preconditioner;
        this.options = options.copy();
    }

    /** @return the method's short name, e.g. "cg". */
    protected abstract String methodName();

    /**
     * Iterates from the residual r = b - A x0 until {@code monitor} says converged or throws.
     *
     * @param b       (Input) right-hand side. Not modified.
     * @param x       (Input/Output) initial guess, then solution.
     * @param r       (Input) initial residual, scratch afterwards.
     * @param monitor (Input) stopping and failure tests.
     * @return iterations taken.
     */
    protected abstract int iterate(double[] b, double[] x, double[] r, IterationMonitor monitor);

    @Override
    public void setup(CsrMatrix matrix) {
        Checks.verify(matrix.rows() == matrix.cols(), "%s needs a square matrix, got %d x %d", methodName(),
                matrix.rows(), matrix.cols());
        long t0 = System.nanoTime();
        this.a = matrix;
        preconditioner.setup(matrix);
        setupSeconds = (System.nanoTime() - t0) * 1e-9;
    }

    @Override
    public SolveStats solve(double[] b, double[] x) {
        Checks.verify(a != null, "%s: setup(matrix) must be called before solve", methodName());
        int n = a.rows();
        Checks.verify(b.length == n && x.length == n, "%s: b and x must have length %d, have %d and %d",
                methodName(), n, b.length, x.length);
        long t0 = System.nanoTime();
        double normB = VectorOps.norm2(b, n);
        double[] r = new double[n];
        residual(b, x, r);
        double r0 = VectorOps.norm2(r, n);
        IterationMonitor monitor = new IterationMonitor(name(), IterationMonitor.tolerance(options, normB), r0,
                options.maxIterations);
        int iterations = 0;
        if (!Double.isFinite(r0)) {
            monitor.record(0, r0);
        }
        if (normB == 0.0) {
            java.util.Arrays.fill(x, 0.0);
            r0 = 0.0;
        } else if (!monitor.converged(r0)) {
            iterations = iterate(b, x, r, monitor);
        }
        residual(b, x, r);
        double rEnd = VectorOps.norm2(r, n);
        return new SolveStats(name(), iterations, r0, rEnd, setupSeconds, (System.nanoTime() - t0) * 1e-9);
    }

    /** r := b - A x. */
    protected final void residual(double[] b, double[] x, double[] r) {
        CsrOps.residual(a.rows(), a.rowPtr(), a.colIndex(), a.values(), x, b, r);
    }

    /** x := x + alpha p, r := r - alpha q, fused. @return ||r||^2 after the update. */
    protected static double updateAndNorm(double alpha, double[] p, double[] q, double[] x, double[] r) {
        return Parallel.sum(x.length, (lo, hi) -> {
            double s = 0.0;
            for (int i = lo; i < hi; i++) {
                x[i] += alpha * p[i];
                double ri = r[i] - alpha * q[i];
                r[i] = ri;
                s += ri * ri;
            }
            return s;
        });
    }

    /** @return "method+preconditioner", e.g. "cg+amg". */
    public String name() {
        String pc = preconditioner.describe();
        int paren = pc.indexOf('(');
        return methodName() + "+" + (paren > 0 ? pc.substring(0, paren) : pc);
    }

    @Override
    public String describe() {
        return methodName() + "+" + preconditioner.describe();
    }
}
