package org.interphase.nonlinear;

import org.interphase.linalg.CsrMatrix;

/**
 * A system of equations r(u) = 0 for Newton's method. Constraints are the problem's business: an iterate
 * that satisfies them on entry must get a residual that is zero at constrained dofs and a Jacobian whose
 * constrained rows and columns are identity-like, so corrections keep them.
 */
public interface NonlinearProblem {

    /** @return the number of unknowns. */
    int size();

    /** @return a Jacobian matrix with the problem's structure (values are overwritten by evaluate). */
    CsrMatrix newJacobian();

    /**
     * Evaluates the residual and, if {@code j} is not null, the Jacobian at u.
     *
     * @param u (Input) the iterate. Not modified.
     * @param r (Output) the residual.
     * @param j (Output) the Jacobian, or null when only the residual is wanted (line search).
     */
    void evaluate(double[] u, double[] r, CsrMatrix j);

    /**
     * A scale for the residual norm in the convergence test (e.g. the norm of the applied forces); the
     * default 0 means "relative to the first residual of the solve only".
     */
    default double residualScale() {
        return 0.0;
    }
}
