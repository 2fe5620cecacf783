package org.interphase.physics.czm;

import org.interphase.linalg.CsrMatrix;
import org.interphase.nonlinear.NewtonResult;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.nonlinear.NonlinearProblem;
import org.interphase.time.StateSnapshot;
import org.interphase.time.StepOutcome;
import org.interphase.time.Stepper;

/**
 * Load stepping of a {@link CohesiveProblem}: the pseudo-time is the load factor lambda, each step solves
 * r(u, lambda + dt) = 0 by Newton-Raphson with a line search from the linear predictor
 * u + (u - u_prev) dt / dt_prev; the interfaces' irreversible state is committed only when
 * {@link org.interphase.time.TimeLoop} accepts the step. Displacement control or load control is a
 * matter of which conditions the problem marks as controlled.
 */
public final class LoadStepper implements Stepper {

    private final CohesiveProblem problem;
    private final NewtonSolver newton;
    private final double target;
    private final CohesiveState state;
    private final double[] trialU;
    private final double[] trialForce;
    private final LoadHistory history;
    private double trialTau;
    private double trialLambda;
    private double scale;

    /**
     * @param problem (Input) the problem, set up.
     * @param newton  (Input) the Newton solver (its linear solver decides the Jacobian factorization).
     * @param target  (Input) the final load factor.
     */
    public LoadStepper(CohesiveProblem problem, NewtonSolver newton, double target) {
        this(problem, newton, LoadHistory.ramp(target));
    }

    /**
     * @param problem (Input) the problem, set up.
     * @param newton  (Input) the Newton solver.
     * @param history (Input) the load factor as a function of the pseudo-time; steps land on its points.
     */
    public LoadStepper(CohesiveProblem problem, NewtonSolver newton, LoadHistory history) {
        this.history = history;
        double target = history.end();
        this.problem = problem.setup();
        this.newton = newton;
        this.target = target;
        int n = problem.dofs().size();
        this.state = new CohesiveState(n);
        this.trialU = new double[n];
        this.trialForce = new double[n];
        problem.applyConstraints(state.u, 0.0);
        problem.applyConstraints(state.previous, 0.0);
    }

    /** @return the committed state (read it; do not modify). */
    public CohesiveState state() {
        return state;
    }

    @Override
    public double time() {
        return state.path;
    }

    @Override
    public boolean finished() {
        return state.path >= target * (1 - 1e-12);
    }

    @Override
    public StepOutcome trial(double dt) {
        double last = state.lambda - state.previousLambda;
        trialTau = Math.min(state.path + dt, history.nextBreak(state.path));
        trialLambda = history.at(trialTau);
        double next = trialLambda - state.lambda;
        state.predict(last != 0 && next / last > 0 ? next / last : 0.0, trialU);
        problem.applyConstraints(trialU, trialLambda);
        NewtonResult r = newton.solve(new AtLoad(problem, trialLambda, dt, scale, newton.options().rtol), trialU);
        if (!r.converged()) {
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "Newton " + r.reason() + " at load factor "
                    + trialLambda);
        }
        problem.internalForce(trialU, dt, trialForce, null);
        return StepOutcome.ok(r.iterations(), r.linearIterations());
    }

    @Override
    public void accept() {
        problem.commit();
        state.advance(trialU, trialForce, trialLambda, trialTau);
        scale = norm(trialForce);
    }

    @Override
    public void reject() {
        problem.revert();
    }

    @Override
    public StateSnapshot snapshot() {
        StateSnapshot s = new StateSnapshot();
        state.snapshot(s);
        problem.snapshot(s);
        return s;
    }

    @Override
    public void restore(StateSnapshot s) {
        state.restore(s);
        problem.restore(s);
        scale = norm(state.force);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /**
     * A residual scale that Newton's relative test can meet in floating point: the larger of the internal
     * force norm and the round-off of r = K u, 10 eps ||K||_inf ||u||_inf sqrt(n), divided by rtol (stiff
     * bulk regions joined by a soft interface make the second one count).
     */
    static double scale(double forceNorm, CsrMatrix j, double[] u, double rtol) {
        double k = 0;
        int[] rp = j.rowPtr();
        double[] v = j.values();
        for (int i = 0; i < j.rows(); i++) {
            double s = 0;
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                s += Math.abs(v[p]);
            }
            k = Math.max(k, s);
        }
        double un = 0;
        for (double x : u) {
            un = Math.max(un, Math.abs(x));
        }
        return Math.max(forceNorm, 10 * Math.ulp(1.0) * k * un * Math.sqrt(u.length) / rtol);
    }

    /** The problem at a fixed load factor, for Newton. */
    static final class AtLoad implements NonlinearProblem {
        private final CohesiveProblem p;
        private final double lambda;
        private final double dt;
        private final double forceNorm;
        private final double rtol;
        private double scale;

        AtLoad(CohesiveProblem p, double lambda, double dt, double forceNorm, double rtol) {
            this.p = p;
            this.lambda = lambda;
            this.dt = dt;
            this.forceNorm = forceNorm;
            this.rtol = rtol;
            this.scale = forceNorm;
        }

        @Override
        public int size() {
            return p.dofs().size();
        }

        @Override
        public CsrMatrix newJacobian() {
            return p.newMatrix();
        }

        @Override
        public void evaluate(double[] u, double[] r, CsrMatrix j) {
            p.evaluate(u, lambda, dt, r, j);
            if (j != null) {
                scale = LoadStepper.scale(forceNorm, j, u, rtol);
            }
        }

        @Override
        public double residualScale() {
            return scale;
        }
    }
}
