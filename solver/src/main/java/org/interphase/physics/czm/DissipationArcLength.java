package org.interphase.physics.czm;

import java.util.Arrays;
import org.interphase.assembly.Constraints;
import org.interphase.core.SolverException;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.nonlinear.NewtonResult;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.nonlinear.NonlinearProblem;
import org.interphase.time.StateSnapshot;
import org.interphase.time.StepOutcome;
import org.interphase.time.Stepper;

/**
 * Path following by dissipation control for snap-back and snap-through (Gutierrez, Commun. Numer. Meth.
 * Engng 20 (2004) 19; Verhoosel, Remmers and Gutierrez, IJNME 77 (2009) 1290). The pseudo-time is an arc
 * parameter s. Each step first tries load control (lambda + ds); it is kept when it converges and
 * dissipates at most the budget ds * e (e: energy per unit of s). Otherwise the load factor becomes an
 * unknown and the step is solved with the constraint that it dissipates exactly that budget:
 *
 * <pre>
 *   r(u, lambda) = f_int(u) - f_fixed - lambda f_controlled = 0,   u = w + lambda G
 *   phi(u)       = 1/2 (f_0 . u - f_int(u) . u_0) - ds e = 0
 * </pre>
 *
 * where (u_0, f_0) is the last equilibrium (f_0 = f_int(u_0), reactions included) and G the controlled
 * Dirichlet pattern, so displacement and load control are both covered; 1/2 (f_0 . u_1 - f_1 . u_0) is
 * the energy a secant (damage) model dissipates between two equilibria. The load factor may fall (snap
 * back) and rise again; the run ends when it reaches the target. The bordered system is solved by block
 * elimination ({@link BorderedSolver}), so only the sparse tangent is factored.
 */
public final class DissipationArcLength implements Stepper {

    private final CohesiveProblem problem;
    private final NewtonSolver newton;
    private final NewtonSolver bordered;
    private final double target;
    private final double energyPerPath;
    private final CohesiveState state;
    private final double[] trialU;
    private final double[] trialForce;
    private double trialLambda;
    private double trialPath;
    private double lastPath;
    private boolean lastDissipative;
    private boolean lastTrialDissipative;
    private int dissipativeSteps;

    /**
     * @param problem       (Input) the problem, set up.
     * @param options       (Input) Newton settings.
     * @param linear        (Input) the linear solver of the load-controlled steps (non-symmetric tangents).
     * @param inner         (Input) a second linear solver for the tangent inside the bordered solves.
     * @param target        (Input) the final load factor.
     * @param energyPerPath (Input) e: the dissipation budget per unit of path parameter (scaled energy).
     */
    public DissipationArcLength(CohesiveProblem problem, NewtonOptions options, LinearSolver linear,
            LinearSolver inner, double target, double energyPerPath) {
        this.problem = problem.setup();
        this.newton = new NewtonSolver(options, linear);
        this.bordered = new NewtonSolver(options, new BorderedSolver(inner));
        this.target = target;
        this.energyPerPath = energyPerPath;
        int n = problem.dofs().size();
        this.state = new CohesiveState(n);
        this.trialU = new double[n];
        this.trialForce = new double[n];
        problem.applyConstraints(state.u, 0.0);
        problem.applyConstraints(state.previous, 0.0);
    }

    /** @return the committed state. */
    public CohesiveState state() {
        return state;
    }

    /** @return whether the last accepted step was dissipation controlled. */
    public boolean lastStepDissipative() {
        return lastDissipative;
    }

    /** @return accepted dissipation-controlled steps. */
    public int dissipativeSteps() {
        return dissipativeSteps;
    }

    @Override
    public double time() {
        return state.path;
    }

    @Override
    public boolean finished() {
        return state.lambda >= target * (1 - 1e-12);
    }

    @Override
    public StepOutcome trial(double ds) {
        trialPath = ds;
        double budget = ds * energyPerPath;
        boolean dissipationFirst = lastDissipative;
        StepOutcome first = dissipationFirst ? dissipationStep(ds, budget) : loadStep(ds, budget);
        if (first.converged()) {
            return first;
        }
        problem.revert();
        StepOutcome second = dissipationFirst ? loadStep(ds, budget) : dissipationStep(ds, budget);
        if (second.converged()) {
            return second;
        }
        return StepOutcome.failed(first.newtonIterations() + second.newtonIterations(),
                first.linearIterations() + second.linearIterations(), first.message() + "; " + second.message());
    }

    /** Load control by min(ds, target - lambda), kept if it dissipates at most the budget. */
    private StepOutcome loadStep(double ds, double budget) {
        double dl = Math.min(ds, target - state.lambda);
        double last = state.lambda - state.previousLambda;
        state.predict(!lastDissipative && last > 0 ? dl / last : 0.0, trialU);
        trialLambda = state.lambda + dl;
        problem.applyConstraints(trialU, trialLambda);
        NewtonResult r = newton.solve(new LoadStepper.AtLoad(problem, trialLambda, ds, LoadStepper.norm(state.force),
                newton.options().rtol), trialU);
        if (!r.converged()) {
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "load control: Newton " + r.reason());
        }
        problem.internalForce(trialU, ds, trialForce, null);
        if (dissipated(trialU, trialForce) > budget * (1 + 1e-9)) {
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "load control exceeds the dissipation "
                    + "budget");
        }
        lastTrialDissipative = false;
        return StepOutcome.ok(r.iterations(), r.linearIterations());
    }

    /** The load factor as an unknown, the step dissipating exactly the budget. */
    private StepOutcome dissipationStep(double ds, double budget) {
        Bordered b = new Bordered(budget, ds);
        double[] x = b.initial(lastPath > 0 ? Math.min(1.0, ds / lastPath) : 0.0);
        NewtonResult r;
        try {
            r = bordered.solve(b, x);
        } catch (SolverException e) {
            return StepOutcome.failed(0, 0, "dissipation control: " + e.getMessage());
        }
        if (!r.converged()) {
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "dissipation control: Newton "
                    + r.reason());
        }
        b.unpack(x, trialU);
        trialLambda = x[trialU.length];
        if (trialLambda > target * (1 + 1e-9)) {
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "dissipation control overshoots the "
                    + "target load factor");
        }
        problem.internalForce(trialU, ds, trialForce, null);
        lastTrialDissipative = true;
        return StepOutcome.ok(r.iterations(), r.linearIterations());
    }

    private double dissipated(double[] u1, double[] f1) {
        double s = 0;
        for (int i = 0; i < u1.length; i++) {
            s += state.force[i] * u1[i] - f1[i] * state.u[i];
        }
        return 0.5 * s;
    }

    @Override
    public void accept() {
        problem.commit();
        state.advance(trialU, trialForce, trialLambda, state.path + trialPath);
        lastPath = trialPath;
        lastDissipative = lastTrialDissipative;
        if (lastDissipative) {
            dissipativeSteps++;
        }
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
        s.put("dissipative", lastDissipative ? 1 : 0);
        return s;
    }

    @Override
    public void restore(StateSnapshot s) {
        state.restore(s);
        problem.restore(s);
        lastDissipative = s.scalar("dissipative") != 0;
    }

    /** The bordered system in (w, lambda). */
    private final class Bordered implements NonlinearProblem {
        private final double budget;
        private final double dt;
        private final int n;
        private final int b;
        private final double[] g;
        private final double[] fc;
        private final double[] ff;
        private final double c;
        private final CsrMatrix base;
        private final CsrMatrix ext;
        private final double[] u;
        private final double[] f;
        private final double[] kg;
        private final double[] ktu0;
        private double scale;

        Bordered(double budget, double dt) {
            this.budget = budget;
            this.dt = dt;
            this.n = problem.dofs().size();
            this.b = 1;
            this.g = problem.dirichletPattern();
            this.fc = problem.controlledForces();
            this.ff = problem.fixedForces();
            double um = 0;
            for (double v : state.u) {
                um = Math.max(um, Math.abs(v));
            }
            this.c = um > 0 ? 1 / um : 1.0;
            this.base = problem.newMatrix();
            this.ext = extend(base, b);
            this.u = new double[n];
            this.f = new double[n];
            this.kg = new double[n];
            this.ktu0 = new double[n];
            this.scale = LoadStepper.norm(state.force);
        }

        /** The predictor: the last increment repeated, scaled by {@code ratio} (into the damaging branch). */
        double[] initial(double ratio) {
            double[] x = new double[n + b];
            double lambda = state.lambda + ratio * (state.lambda - state.previousLambda);
            for (int i = 0; i < n; i++) {
                x[i] = state.u[i] + ratio * (state.u[i] - state.previous[i]) - lambda * g[i];
            }
            x[n] = lambda;
            return x;
        }

        void unpack(double[] x, double[] out) {
            for (int i = 0; i < n; i++) {
                out[i] = x[i] + x[n] * g[i];
            }
        }

        @Override
        public int size() {
            return n + b;
        }

        @Override
        public CsrMatrix newJacobian() {
            return ext.zerosLike();
        }

        @Override
        public void evaluate(double[] x, double[] r, CsrMatrix j) {
            double lambda = x[n];
            unpack(x, u);
            boolean wantJ = j != null;
            problem.internalForce(u, dt, f, wantJ ? base : null);
            double phi = 0;
            for (int i = 0; i < n; i++) {
                phi += state.force[i] * u[i] - f[i] * state.u[i];
            }
            phi = 0.5 * phi - budget;
            if (wantJ) {
                Arrays.fill(kg, 0.0);
                Arrays.fill(ktu0, 0.0);
                int[] rp = base.rowPtr();
                int[] col = base.colIndex();
                double[] v = base.values();
                for (int i = 0; i < n; i++) {
                    for (int p = rp[i]; p < rp[i + 1]; p++) {
                        kg[i] += v[p] * g[col[p]];
                        ktu0[col[p]] += v[p] * state.u[i];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                r[i] = f[i] - ff[i] - lambda * fc[i];
            }
            Constraints cons = problem.constraints();
            cons.homogenize(wantJ ? base : null, r);
            r[n] = c * phi;
            if (!wantJ) {
                return;
            }
            boolean[] fixed = cons.mask(n);
            double[] dphi = new double[n];
            double dphiLambda = 0;
            for (int i = 0; i < n; i++) {
                double d = 0.5 * (state.force[i] - ktu0[i]);
                dphiLambda += d * g[i];
                dphi[i] = fixed[i] ? 0.0 : d;
            }
            int[] brp = base.rowPtr();
            double[] bv = base.values();
            int[] erp = j.rowPtr();
            double[] ev = j.values();
            Arrays.fill(ev, 0.0);
            for (int i = 0; i < n; i++) {
                int len = brp[i + 1] - brp[i];
                System.arraycopy(bv, brp[i], ev, erp[i], len);
                ev[erp[i] + len] = fixed[i] ? 0.0 : kg[i] - fc[i];
            }
            int row = erp[n];
            for (int i = 0; i < n; i++) {
                ev[row + i] = c * dphi[i];
            }
            ev[row + n] = c * dphiLambda;
            scale = LoadStepper.scale(LoadStepper.norm(state.force), base, u, newton.options().rtol);
        }

        @Override
        public double residualScale() {
            return scale;
        }
    }

    /** The structure of a matrix bordered by b dense rows and b columns (the layout {@link BorderedSolver} reads). */
    static CsrMatrix extend(CsrMatrix a, int b) {
        int n = a.rows();
        int[] rp = a.rowPtr();
        int[] col = a.colIndex();
        int nnz = rp[n] + n * b + b * (n + b);
        int[] erp = new int[n + b + 1];
        int[] ec = new int[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            erp[i] = k;
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                ec[k++] = col[p];
            }
            for (int e = 0; e < b; e++) {
                ec[k++] = n + e;
            }
        }
        for (int r = 0; r < b; r++) {
            erp[n + r] = k;
            for (int cc = 0; cc < n + b; cc++) {
                ec[k++] = cc;
            }
        }
        erp[n + b] = k;
        return new CsrMatrix(n + b, n + b, erp, ec, new double[nnz]);
    }
}
