package org.interphase.nonlinear;

/**
 * What a Newton solve did.
 *
 * @param converged        whether a convergence test passed.
 * @param iterations       Newton iterations taken.
 * @param linearIterations Krylov iterations summed over the solve.
 * @param initialResidual  ||r(u_0)||.
 * @param finalResidual    ||r(u)|| at exit.
 * @param reason           why it stopped: "residual", "absolute", "step", "max-iterations", "diverged",
 *                         "non-finite", "linear-solver: ...".
 */
public record NewtonResult(boolean converged, int iterations, int linearIterations, double initialResidual,
        double finalResidual, String reason) {
}
