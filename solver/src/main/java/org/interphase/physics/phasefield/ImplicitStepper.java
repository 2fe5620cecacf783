package org.interphase.physics.phasefield;

import org.interphase.linalg.BiCgStab;
import org.interphase.linalg.Gmres;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolverOptions;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.nonlinear.NewtonResult;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.time.StateSnapshot;
import org.interphase.time.StepOutcome;

/**
 * Fully implicit time steps of a {@link PhaseFieldSystem}: backward Euler or variable-step BDF2, each step a
 * coupled Newton solve from an extrapolated predictor. The local error is estimated by the Milne device
 * (the difference between the corrector and the predictor, Hairer, Norsett and Wanner, Solving ODEs I,
 * sec. III.7): backward Euler with a linear predictor, LTE ~ (dt/dt_prev) |u - u_pred|; BDF2 with a quadratic
 * predictor, LTE ~ (2/7) |u - u_pred| (the constant-step ratio of the error constants 2/9 and 1). The
 * estimate is max_i LTE_i / (tol (1 + |u_i|)) over the differential unknowns (xi and c; the potential has no
 * time derivative, it follows the others algebraically), 1 on target, so
 * {@link org.interphase.time.StepController} can steer dt; without a tolerance the controller uses Newton's
 * iteration count.
 */
public final class ImplicitStepper extends CommittedState {

    private final TimeScheme scheme;
    private final NewtonSolver newton;
    private final double tolerance;
    private double[] uPrev;
    private double[] uPrev2;
    private double[] trial;
    private double dtPrev;
    private double dtPrev2;
    private double trialDt;
    private PhaseFieldSystem.Step current;
    private PhaseFieldSystem.Step accepted;
    private org.interphase.core.Progress progress = org.interphase.core.Progress.NONE;

    /**
     * @param sys       (Input) the system.
     * @param scheme    (Input) BACKWARD_EULER or BDF2.
     * @param newton    (Input) Newton settings. Copied.
     * @param linear    (Input) the linear solver for the Jacobian (wrapped in a {@link BorderedSolver} for
     *                  galvanostatic control).
     * @param startTime (Input) scaled start time.
     * @param endTime   (Input) scaled end time.
     * @param u0        (Input) initial state of size sys.size(). Copied.
     * @param tolerance (Input) local error tolerance, or 0 for iteration-count control only.
     */
    public ImplicitStepper(PhaseFieldSystem sys, TimeScheme scheme, NewtonOptions newton, LinearSolver linear,
            double startTime, double endTime, double[] u0, double tolerance) {
        super(sys, startTime, endTime, u0);
        if (scheme == TimeScheme.EXPLICIT) {
            throw new IllegalArgumentException("the implicit stepper takes backward Euler or BDF2");
        }
        this.scheme = scheme;
        LinearSolver inner = linear;
        LinearSolver solver = sys.isGalvanostatic() ? new BorderedSolver(inner, new BorderedSolver.Border() {
            @Override
            public double[] column() {
                return current.column();
            }

            @Override
            public double[] row() {
                return current.row();
            }

            @Override
            public double corner() {
                return current.corner();
            }
        }) : inner;
        this.newton = new NewtonSolver(newton, solver);
        this.tolerance = tolerance;
    }

    /** Sets where failed trial steps are reported (default: nowhere). @return this. */
    public ImplicitStepper progress(org.interphase.core.Progress p) {
        this.progress = p;
        return this;
    }

    /**
     * @param options (Input) method, preconditioner and tolerances; preconditioner "fieldsplit" means
     *                {@link FieldSplitPreconditioner#electrodeposition}.
     * @return the linear solver.
     */
    public static LinearSolver linearSolver(SolverOptions options) {
        return linearSolver(options, 3);
    }

    /**
     * @param options (Input) as {@link #linearSolver(SolverOptions)}.
     * @param fields  (Input) fields per node: 3, or 4 with surface diffusion
     *                ({@link FieldSplitPreconditioner#electrodeposition(int)}).
     * @return the linear solver.
     */
    public static LinearSolver linearSolver(SolverOptions options, int fields) {
        if ("fieldsplit".equals(options.preconditioner)) {
            FieldSplitPreconditioner p = FieldSplitPreconditioner.electrodeposition(fields);
            return options.method.equals("bicgstab") ? new BiCgStab(p, options) : new Gmres(p, options);
        }
        return LinearSolvers.create(options);
    }

    @Override
    public double[] timeDerivative() {
        return accepted == null ? null : accepted.timeDerivative();
    }

    @Override
    public double[] boundaryResidual() {
        return accepted == null ? null : accepted.rawResidual();
    }

    /** @return the problem of the last accepted step (its rates and boundary residuals), or null. */
    public PhaseFieldSystem.Step lastStep() {
        return accepted;
    }

    @Override
    public StepOutcome trial(double dt) {
        trialDt = dt;
        double[] a = scheme.coefficients(dt, steps > 0 ? dtPrev : 0);
        double[] pred = predictor(dt);
        trial = pred.clone();
        int n = sys.dofCount();
        sys.constraints().applyTo(trial);
        current = sys.step(a, u, a[2] != 0 ? uPrev : null, time + dt, dt, steps);
        NewtonResult r = newton.solve(current, trial);
        if (!r.converged()) {
            progress.report(String.format(java.util.Locale.ROOT, "step from t = %.6g failed with dt = %.4g (scaled): "
                    + "Newton %s after %d iterations, residual %.3e -> %.3e", time, dt, r.reason(), r.iterations(),
                    r.initialResidual(), r.finalResidual()));
            return StepOutcome.failed(r.iterations(), r.linearIterations(), "Newton: " + r.reason());
        }
        double err = Double.NaN;
        if (tolerance > 0 && steps > 0) {
            double factor = a[2] != 0 && steps > 1 ? 2.0 / 7.0 : dt / dtPrev;
            err = 0;
            int nf = sys.fields();
            for (int i = 0; i < n; i++) {
                if (sys.isAlgebraic(i % nf)) {
                    continue;
                }
                double e = factor * Math.abs(trial[i] - pred[i]) / (tolerance * (1 + Math.abs(trial[i])));
                err = Math.max(err, e);
            }
        }
        return new StepOutcome(true, r.iterations(), r.linearIterations(), err,
                Double.isNaN(err) ? "" : String.format(java.util.Locale.ROOT, "error estimate %.3g", err));
    }

    private double[] predictor(double h) {
        int size = u.length;
        double[] p = new double[size];
        if (steps == 0) {
            System.arraycopy(u, 0, p, 0, size);
        } else if (scheme == TimeScheme.BDF2 && steps > 1) {
            double t1 = dtPrev;
            double t2 = dtPrev2;
            double l0 = (h + t1) * (h + t1 + t2) / (t1 * (t1 + t2));
            double l1 = -h * (h + t1 + t2) / (t1 * t2);
            double l2 = h * (h + t1) / ((t1 + t2) * t2);
            for (int i = 0; i < size; i++) {
                p[i] = l0 * u[i] + l1 * uPrev[i] + l2 * uPrev2[i];
            }
        } else {
            double r = h / dtPrev;
            for (int i = 0; i < size; i++) {
                p[i] = u[i] + r * (u[i] - uPrev[i]);
            }
        }
        return p;
    }

    @Override
    public void accept() {
        uPrev2 = uPrev;
        uPrev = u;
        u = trial;
        trial = null;
        dtPrev2 = dtPrev;
        dtPrev = trialDt;
        time += trialDt;
        steps++;
        accepted = current;
        System.arraycopy(current.fields(), 0, u, 0, sys.dofCount());
    }

    @Override
    public void reject() {
        trial = null;
        current = null;
    }

    @Override
    public StateSnapshot snapshot() {
        StateSnapshot s = super.snapshot().put("dt_prev", dtPrev).put("dt_prev2", dtPrev2);
        if (uPrev != null) {
            s.put("u_prev", uPrev);
        }
        if (uPrev2 != null) {
            s.put("u_prev2", uPrev2);
        }
        return s;
    }

    @Override
    public void restore(StateSnapshot s) {
        super.restore(s);
        dtPrev = s.scalar("dt_prev");
        dtPrev2 = s.scalar("dt_prev2");
        uPrev = s.arrays().containsKey("u_prev") ? s.array("u_prev") : null;
        uPrev2 = s.arrays().containsKey("u_prev2") ? s.array("u_prev2") : null;
        accepted = null;
    }
}
