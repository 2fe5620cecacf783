package org.interphase.physics.phasefield;

import org.interphase.time.Stepper;

/** A {@link Stepper} of a {@link PhaseFieldSystem} that exposes its committed state for output. */
public interface PhaseFieldStepper extends Stepper {

    /** @return the system. */
    PhaseFieldSystem system();

    /** @return the committed state (size system().size(), scaled). Not a copy. */
    double[] state();

    /** @return the time derivative of the fields at the last accepted step, or null before the first. */
    double[] timeDerivative();

    /**
     * @return the residual before constraints at the committed state (at Dirichlet dofs: the inward boundary
     *         fluxes, scaled), or null before the first step.
     */
    double[] boundaryResidual();
}
