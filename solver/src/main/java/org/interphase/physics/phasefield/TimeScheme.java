package org.interphase.physics.phasefield;

/**
 * Time discretizations of the phase-field steppers. The implicit ones write the time derivative at
 * t_(n+1) as ut = a0 u_(n+1) + a1 u_n + a2 u_(n-1); variable-step BDF2 with omega = dt_n / dt_(n-1)
 * (Hairer and Wanner, Solving ODEs II, sec. III.5):
 *
 * <pre>
 *   a0 = (1 + 2 omega) / ((1 + omega) dt),  a1 = -(1 + omega) / dt,  a2 = omega^2 / ((1 + omega) dt).
 * </pre>
 */
public enum TimeScheme {
    /** Backward Euler, first order, L-stable. */
    BACKWARD_EULER(1),
    /** Variable-step BDF2 (its first step is backward Euler), second order. */
    BDF2(2),
    /** Explicit order parameter, semi-implicit transport: the device path ({@link ExplicitStepper}). */
    EXPLICIT(1);

    private final int order;

    TimeScheme(int order) {
        this.order = order;
    }

    /** @return the order of accuracy. */
    public int order() {
        return order;
    }

    /**
     * @param dt     (Input) this step.
     * @param dtPrev (Input) the previous step, or 0 when there is none (then backward Euler).
     * @return {a0, a1, a2}.
     */
    public double[] coefficients(double dt, double dtPrev) {
        if (this != BDF2 || dtPrev <= 0) {
            return new double[] {1 / dt, -1 / dt, 0};
        }
        double w = dt / dtPrev;
        return new double[] {(1 + 2 * w) / ((1 + w) * dt), -(1 + w) / dt, w * w / ((1 + w) * dt)};
    }
}
