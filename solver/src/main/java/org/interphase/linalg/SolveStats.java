package org.interphase.linalg;

/**
 * What a linear solve did.
 *
 * @param method           solver and preconditioner, e.g. "cg+amg".
 * @param iterations       iterations taken (0 for a direct solve).
 * @param initialResidual  ||b - A x0||_2.
 * @param finalResidual    ||b - A x||_2 at exit (recomputed, not the recurrence value, for direct solves).
 * @param setupSeconds     wall time of the last setup.
 * @param solveSeconds     wall time of this solve.
 */
public record SolveStats(String method, int iterations, double initialResidual, double finalResidual,
        double setupSeconds, double solveSeconds) {

    /** @return finalResidual / initialResidual (0 when the initial residual was 0). */
    public double relativeResidual() {
        return initialResidual > 0 ? finalResidual / initialResidual : 0.0;
    }
}
