package org.interphase.linalg;

import java.util.Locale;

/**
 * Options of a linear solve, as the case file's {@code solver:} block sets them.
 *
 * <ul>
 * <li>method: cg | gmres | bicgstab | direct (default cg)</li>
 * <li>preconditioner: none | jacobi | ic0 | ilu0 | amg (default amg)</li>
 * <li>rtol: relative residual tolerance ||r|| / ||b|| (default 1e-10)</li>
 * <li>atol: absolute residual tolerance (default 0)</li>
 * <li>maxIterations (default 2000); restart for GMRES (default 50)</li>
 * <li>symmetric: for method direct, true (LDL^T) or false (LU); null detects it from the matrix</li>
 * <li>nearNullSpace: for AMG, the vectors an aggregate should represent exactly (rigid-body modes for
 *     elasticity); null means the constant vector per block of {@code blockSize} dofs</li>
 * </ul>
 */
public final class SolverOptions {
    public String method = "cg";
    public String preconditioner = "amg";
    public double rtol = 1e-10;
    public double atol = 0.0;
    public int maxIterations = 2000;
    public int restart = 50;
    /** Dofs per node (1 scalar, 2 or 3 vector); AMG aggregates nodes, not dofs. */
    public int blockSize = 1;
    /** Near-null-space vectors for AMG, each of length n; may be null. */
    public double[][] nearNullSpace;
    /** For the direct solver: LDL^T if true, LU if false, detected if null. */
    public Boolean symmetric;

    public SolverOptions copy() {
        SolverOptions o = new SolverOptions();
        o.method = method;
        o.preconditioner = preconditioner;
        o.rtol = rtol;
        o.atol = atol;
        o.maxIterations = maxIterations;
        o.restart = restart;
        o.blockSize = blockSize;
        o.nearNullSpace = nearNullSpace;
        o.symmetric = symmetric;
        return o;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s+%s rtol=%g", method, preconditioner, rtol);
    }
}
