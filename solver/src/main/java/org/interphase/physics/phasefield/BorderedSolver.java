package org.interphase.physics.phasefield;

import org.interphase.kernels.VectorOps;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.SolveStats;

/**
 * Solves a system bordered by one extra unknown,
 *
 * <pre>
 *   [ A    b ] [x]   [f]
 *   [ c^T  d ] [y] = [g],
 * </pre>
 *
 * by block elimination with two solves of A (Govaerts, Numerical Methods for Bifurcations of Dynamical
 * Equilibria, SIAM 2000, ch. 3): A x1 = f, A x2 = b, y = (g - c.x1) / (d - c.x2), x = x1 - y x2. The matrix
 * given to {@link #setup} is A alone; vectors passed to {@link #solve} have n + 1 entries, and b, c, d come
 * from a {@link Border} read at each solve. This is how the galvanostatic condition (one unknown electrode
 * potential fixed by the total current) enters Newton's method without changing A's sparsity.
 */
public final class BorderedSolver implements LinearSolver {

    /** The border of the current matrix. */
    public interface Border {
        /** @return b, n entries. */
        double[] column();

        /** @return c, n entries. */
        double[] row();

        /** @return d. */
        double corner();
    }

    private final LinearSolver inner;
    private final Border border;
    private int n;

    /**
     * @param inner  (Input) the solver for A.
     * @param border (Input) supplies b, c and d.
     */
    public BorderedSolver(LinearSolver inner, Border border) {
        this.inner = inner;
        this.border = border;
    }

    @Override
    public void setup(CsrMatrix a) {
        n = a.rows();
        inner.setup(a);
    }

    @Override
    public SolveStats solve(double[] rhs, double[] x) {
        double[] f = java.util.Arrays.copyOf(rhs, n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        SolveStats s1 = inner.solve(f, x1);
        SolveStats s2 = inner.solve(border.column(), x2);
        double[] c = border.row();
        double denominator = border.corner() - VectorOps.dot(c, x2, n);
        double y = (rhs[n] - VectorOps.dot(c, x1, n)) / denominator;
        if (!Double.isFinite(y)) {
            throw org.interphase.core.SolverException.of("the bordered system is singular (c.A^-1 b = d); the total "
                    + "current does not depend on the electrode potential, e.g. because no interface touches the "
                    + "electrolyte");
        }
        for (int i = 0; i < n; i++) {
            x[i] = x1[i] - y * x2[i];
        }
        x[n] = y;
        return new SolveStats("bordered " + s1.method(), s1.iterations() + s2.iterations(), s1.initialResidual(),
                s1.finalResidual(), s1.setupSeconds(), s1.solveSeconds() + s2.solveSeconds());
    }

    @Override
    public String describe() {
        return "bordered(" + inner.describe() + ")";
    }
}
