package org.interphase.time;

/**
 * The result of one trial step.
 *
 * @param converged        whether the nonlinear solve converged.
 * @param newtonIterations Newton iterations.
 * @param linearIterations Krylov iterations.
 * @param errorEstimate    a relative local error estimate (1 = on target), or NaN when the scheme has none.
 * @param message          why it failed, or an empty string.
 */
public record StepOutcome(boolean converged, int newtonIterations, int linearIterations, double errorEstimate,
        String message) {

    /** A converged step without an error estimate. */
    public static StepOutcome ok(int newton, int linear) {
        return new StepOutcome(true, newton, linear, Double.NaN, "");
    }

    /** A failed step. */
    public static StepOutcome failed(int newton, int linear, String message) {
        return new StepOutcome(false, newton, linear, Double.NaN, message);
    }
}
