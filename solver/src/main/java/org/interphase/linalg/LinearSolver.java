package org.interphase.linalg;

/**
 * Solves A x = b. {@link #setup} is called once per matrix (or when its values change), then
 * {@link #solve} as often as needed, so Newton and time loops can reuse factorizations and
 * multigrid hierarchies.
 */
public interface LinearSolver {

    /** Prepares for {@code a}. (Input) a. Not modified; it must stay alive until the next setup. */
    void setup(CsrMatrix a);

    /**
     * @param b (Input) right-hand side. Not modified.
     * @param x (Input/Output) initial guess on entry, solution on exit.
     * @return iterations, residuals and timings.
     * @throws org.interphase.core.SolverException on divergence, stagnation, breakdown or a non-finite
     *         residual, with a message that names the method, iteration and residual and says what to try.
     */
    SolveStats solve(double[] b, double[] x);

    /** Convenience: setup then solve. */
    default SolveStats solve(CsrMatrix a, double[] b, double[] x) {
        setup(a);
        return solve(b, x);
    }

    /** @return a short name, e.g. "cg+amg". */
    String describe();
}
