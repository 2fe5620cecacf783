package org.interphase.time;

/**
 * A physics that advances in time (or in a load parameter) from a committed state: {@link #trial}
 * attempts a step without committing, then the loop calls {@link #accept} or {@link #reject}. All state
 * needed to continue must be reachable through {@link #snapshot} so checkpoints can restart a run exactly.
 */
public interface Stepper {

    /** @return the committed time (or load factor). */
    double time();

    /** @return whether the run has reached its end (final time, full load, or a stop criterion). */
    boolean finished();

    /**
     * Attempts a step of size dt from the committed state.
     *
     * @param dt (Input) the step size.
     * @return whether it converged, with iteration counts and an error estimate if the scheme has one.
     */
    StepOutcome trial(double dt);

    /** Commits the last successful trial. */
    void accept();

    /** Discards the last trial; the committed state is unchanged. */
    void reject();

    /** @return the committed state as named arrays and scalars (for checkpoints). */
    StateSnapshot snapshot();

    /** Restores a committed state written by {@link #snapshot}. */
    void restore(StateSnapshot s);
}
