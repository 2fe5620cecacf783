package org.interphase.physics.phasefield;

import org.interphase.time.StateSnapshot;

/**
 * What every phase-field stepper commits: the system, the time and step count, the state and (after the first
 * step) its rate and unconstrained residual, with the checkpoint of those. Subclasses implement the trial step.
 */
abstract class CommittedState implements PhaseFieldStepper {

    protected final PhaseFieldSystem sys;
    protected final double endTime;
    protected double time;
    protected long steps;
    protected double[] u;
    protected double[] ut;
    protected double[] raw;

    /**
     * @param sys       (Input) the system.
     * @param startTime (Input) scaled start time.
     * @param endTime   (Input) scaled end time.
     * @param u0        (Input) initial state of size sys.size(). Copied.
     */
    CommittedState(PhaseFieldSystem sys, double startTime, double endTime, double[] u0) {
        this.sys = sys;
        this.time = startTime;
        this.endTime = endTime;
        this.u = u0.clone();
    }

    @Override
    public PhaseFieldSystem system() {
        return sys;
    }

    @Override
    public double[] state() {
        return u;
    }

    @Override
    public double[] timeDerivative() {
        return ut;
    }

    @Override
    public double[] boundaryResidual() {
        return raw;
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public boolean finished() {
        return time >= endTime * (1 - 1e-14);
    }

    /** @return accepted steps. */
    public long steps() {
        return steps;
    }

    @Override
    public StateSnapshot snapshot() {
        return new StateSnapshot().put("u", u).put("time", time).put("steps", steps);
    }

    @Override
    public void restore(StateSnapshot s) {
        u = s.array("u");
        time = s.scalar("time");
        steps = (long) s.scalar("steps");
        ut = null;
        raw = null;
    }
}
