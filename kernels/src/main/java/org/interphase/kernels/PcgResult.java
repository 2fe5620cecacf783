package org.interphase.kernels;

/**
 * What a device PCG solve did.
 *
 * @param status          why the iteration stopped.
 * @param iterations      iterations taken.
 * @param initialResidual ||b - A x0||_2.
 * @param finalResidual   ||r||_2 of the recurrence residual at exit.
 * @param residuals       ||r||_2 after each iteration, entry 0 the initial residual (iterations + 1 entries).
 */
public record PcgResult(Status status, int iterations, double initialResidual, double finalResidual,
        double[] residuals) {

    /** Why a PCG iteration stopped. */
    public enum Status {
        /** The residual met the tolerance. */
        CONVERGED,
        /** The iteration limit was reached first. */
        MAX_ITERATIONS,
        /** p.Ap <= 0 or a non-finite scalar: the matrix or preconditioner is not SPD, or values are NaN. */
        BREAKDOWN
    }

    /** @return true when the tolerance was met. */
    public boolean converged() {
        return status == Status.CONVERGED;
    }
}
