package org.interphase.time;

import java.util.function.BooleanSupplier;
import org.interphase.core.SolverException;

/**
 * The one time loop: trial, accept or reject, adapt the step, report. Every transient or load-stepped
 * physics runs through it, so progress, output cadence, stop requests and (later) checkpoints behave
 * the same everywhere.
 */
public final class TimeLoop {

    /** Called after each accepted step (write output, report progress). */
    @FunctionalInterface
    public interface Observer {
        void accepted(int step, double time, double dt, StepOutcome outcome) throws java.io.IOException;
    }

    private final Stepper stepper;
    private final StepController control;
    private final Observer observer;
    private final BooleanSupplier stopRequested;
    private int steps;
    private int rejected;

    /**
     * @param stepper       (Input) the physics.
     * @param control       (Input) step-size control (its dt is the first trial).
     * @param observer      (Input) called after every accepted step.
     * @param stopRequested (Input) polled between steps; true ends the loop early (e.g. on SIGTERM).
     */
    public TimeLoop(Stepper stepper, StepController control, Observer observer, BooleanSupplier stopRequested) {
        this.stepper = stepper;
        this.control = control;
        this.observer = observer;
        this.stopRequested = stopRequested;
    }

    /**
     * Runs until the stepper is finished, a stop is requested, or the step cannot be cut further.
     *
     * @param endTime (Input) the last time; trial steps are shortened to land on it.
     * @return whether the stepper finished (false: stopped on request).
     * @throws SolverException when a step fails at the smallest step size; the committed state is the last
     *                         accepted one (write it before rethrowing).
     */
    public boolean run(double endTime) throws java.io.IOException {
        while (!stepper.finished() && stepper.time() < endTime * (1 - 1e-14)) {
            if (stopRequested.getAsBoolean()) {
                return false;
            }
            double dt = Math.min(control.dt, endTime - stepper.time());
            StepOutcome o = stepper.trial(dt);
            if (o.converged() && !control.rejects(o)) {
                stepper.accept();
                steps++;
                observer.accepted(steps, stepper.time(), dt, o);
                control.update(o);
            } else {
                stepper.reject();
                rejected++;
                StepOutcome failed = o.converged() ? StepOutcome.failed(o.newtonIterations(), o.linearIterations(),
                        "error estimate " + o.errorEstimate()) : o;
                if (!control.update(failed)) {
                    throw SolverException.of("step from t = %.6g failed at the smallest step %.3g (%s); the last "
                            + "converged state is at t = %.6g. Reduce the load or time step, or check the parameters",
                            stepper.time(), control.dtMin, o.message(), stepper.time());
                }
            }
        }
        return true;
    }

    /** @return accepted steps. */
    public int steps() {
        return steps;
    }

    /** @return rejected trials. */
    public int rejected() {
        return rejected;
    }
}
