package org.interphase.physics.czm;

import org.interphase.time.StateSnapshot;

/**
 * The committed state of a load-stepped cohesive problem, in scaled units: displacements u (and the
 * previous ones, for the predictor), the load factor, the internal force vector f_int(u) (at equilibrium:
 * the external forces with the reactions), and the external work by the trapezoidal rule
 * W += 1/2 (f_n + f_{n+1}) . (u_{n+1} - u_n), exact for piecewise-linear load paths. With the stored
 * energy psi (bulk and interface), the dissipated energy is D = W - psi.
 */
public final class CohesiveState {

    /** Displacements. */
    public double[] u;
    /** Displacements of the step before (for the linear predictor). */
    public double[] previous;
    /** Load factor. */
    public double lambda;
    /** Load factor of the step before. */
    public double previousLambda;
    /** Internal forces at u. */
    public double[] force;
    /** External work so far. */
    public double work;
    /** Path parameter (the stepper's time): the load factor, or the arc length under path following. */
    public double path;
    /** Accepted steps. */
    public int steps;

    /** A zero state of n dofs. */
    public CohesiveState(int n) {
        u = new double[n];
        previous = new double[n];
        force = new double[n];
    }

    /**
     * Moves to a new equilibrium.
     *
     * @param u1      (Input) new displacements. Copied.
     * @param force1  (Input) internal forces at u1. Copied.
     * @param lambda1 (Input) new load factor.
     * @param path1   (Input) new path parameter.
     */
    public void advance(double[] u1, double[] force1, double lambda1, double path1) {
        double dw = 0;
        for (int i = 0; i < u.length; i++) {
            dw += 0.5 * (force[i] + force1[i]) * (u1[i] - u[i]);
        }
        work += dw;
        System.arraycopy(u, 0, previous, 0, u.length);
        System.arraycopy(u1, 0, u, 0, u.length);
        System.arraycopy(force1, 0, force, 0, u.length);
        previousLambda = lambda;
        lambda = lambda1;
        path = path1;
        steps++;
    }

    /**
     * The predictor u + (u - u_prev) * s, with s the ratio of the new increment to the last.
     *
     * @param ratio (Input) s; 0 for the committed u.
     * @param out   (Output) predicted displacements.
     */
    public void predict(double ratio, double[] out) {
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] + ratio * (u[i] - previous[i]);
        }
    }

    /** Stores the state. (Output) s. */
    public void snapshot(StateSnapshot s) {
        s.put("u", u).put("u_previous", previous).put("force", force).put("lambda", lambda)
                .put("lambda_previous", previousLambda).put("work", work).put("path", path).put("steps", steps);
    }

    /** Restores a state written by {@link #snapshot}. */
    public void restore(StateSnapshot s) {
        u = s.array("u");
        previous = s.array("u_previous");
        force = s.array("force");
        lambda = s.scalar("lambda");
        previousLambda = s.scalar("lambda_previous");
        work = s.scalar("work");
        path = s.scalar("path");
        steps = (int) s.scalar("steps");
    }
}
