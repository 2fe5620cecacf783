package org.interphase.physics.phasefield;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.interphase.bench.BenchRow;
import org.interphase.kernels.Device;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.time.StepOutcome;

/**
 * Phase-field benchmarks (issue 4): PFHub benchmark 7's Allen-Cahn equation with its manufactured source on
 * the unit square, n x n squares cut into P1 triangles (n = 512: 524k cells, 263k dofs), periodic in x,
 * eta fixed at y = 0 and 1. Measured: the implicit BDF2 step (Newton with CG-Jacobi on the lumped form) at
 * dt = 0.01, and the explicit forward-Euler path on the cpu twin and on another device advancing the same
 * simulated time (its sub-steps at 0.9 of the stability limit, the source evaluated on the host each
 * sub-step). FEniCSx 0.5 takes 0.77-1.1 s per implicit step on this problem (the brief's bar).
 */
public final class PhaseFieldBenchmarks {

    /** The implicit step size of the comparison. */
    static final double DT = 0.01;

    private PhaseFieldBenchmarks() {
    }

    /**
     * @param n        (Input) squares per side (512 for the reference size).
     * @param other    (Input) a device to compare with the cpu twin (e.g. OpenCL), or null.
     * @param progress (Input) receives rows as they are measured.
     * @return all rows.
     */
    public static List<BenchRow> run(int n, Device other, Consumer<BenchRow> progress) {
        List<BenchRow> rows = new ArrayList<>();
        Consumer<BenchRow> add = r -> {
            rows.add(r);
            progress.accept(r);
        };
        String name = "phasefield.ac" + n;
        PhaseFieldSystem sys = system(n);
        double[] u0 = initial(sys);
        add.accept(new BenchRow(name + ".dofs", sys.dofCount(), "dofs"));
        SolverOptions so = new SolverOptions();
        so.method = "cg";
        so.preconditioner = "jacobi";
        so.rtol = 1e-10;
        NewtonOptions no = new NewtonOptions();
        no.rtol = 1e-8;
        ImplicitStepper imp = new ImplicitStepper(sys, TimeScheme.BDF2, no, ImplicitStepper.linearSolver(so), 0,
                1e9, u0, 0);
        int warm = 3;
        int timed = 5;
        int newton = 0;
        int krylov = 0;
        double best = Double.MAX_VALUE;
        double total = 0;
        for (int k = 0; k < warm + timed; k++) {
            long t0 = System.nanoTime();
            StepOutcome o = imp.trial(DT);
            imp.accept();
            double s = (System.nanoTime() - t0) * 1e-9;
            if (k >= warm) {
                best = Math.min(best, s);
                total += s;
                newton += o.newtonIterations();
                krylov += o.linearIterations();
            }
        }
        double implicitStep = total / timed;
        add.accept(new BenchRow(name + ".implicit.step", implicitStep, "s"));
        add.accept(new BenchRow(name + ".implicit.step.best", best, "s"));
        add.accept(new BenchRow(name + ".implicit.dofs_per_s", sys.dofCount() / implicitStep, "dof/s"));
        add.accept(new BenchRow(name + ".implicit.newton", (double) newton / timed, "iterations/step"));
        add.accept(new BenchRow(name + ".implicit.krylov", (double) krylov / timed, "iterations/step"));
        try (org.interphase.kernels.CpuDevice cpu = new org.interphase.kernels.CpuDevice()) {
            explicit(name + ".explicit.cpu", sys, u0, cpu, implicitStep, add);
        }
        if (other != null && !other.name().equals("cpu")) {
            explicit(name + ".explicit." + other.name().replace(':', '-'), sys, u0, other, implicitStep, add);
        }
        return rows;
    }

    private static void explicit(String name, PhaseFieldSystem sys, double[] u0, Device d, double implicitStep,
            Consumer<BenchRow> add) {
        try (ExplicitStepper ex = new ExplicitStepper(sys, d, 0, 1e9, u0)) {
            int sub = (int) Math.ceil(DT / ex.stableStep() - 1e-12);
            ex.trial(DT);
            ex.accept();
            int reps = 3;
            long t0 = System.nanoTime();
            for (int k = 0; k < reps; k++) {
                ex.trial(DT);
                ex.accept();
            }
            double same = (System.nanoTime() - t0) * 1e-9 / reps;
            add.accept(new BenchRow(name + ".stable_dt", ex.stableStep(), "s"));
            add.accept(new BenchRow(name + ".substep", same / sub, "s"));
            add.accept(new BenchRow(name + ".same_time", same, "s per " + String.format(Locale.ROOT, "%g", DT)
                    + " s simulated"));
            add.accept(new BenchRow(name + ".speedup_vs_implicit", implicitStep / same, "x"));
        }
    }

    static PhaseFieldSystem system(int n) {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, n, n, 1, RectangleMesher.Diagonal.RIGHT);
        ScaledMaterial mat = new ScaledMaterial(1, 1, GradientEnergy.isotropic(Benchmark7Solution.KAPPA), 0,
                new ButlerVolmer(0.5, 1), 0, 1, 0, 1, 0, 1, 0);
        return new PhaseFieldSystem(m, new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ALLEN_CAHN,
                Map.of("domain", mat), Benchmark7Solution.field(1, 1),
                List.<String[]>of(new String[] {"left", "right"}),
                List.of(new PhaseFieldSystem.Dirichlet("bottom", 0, 1.0),
                        new PhaseFieldSystem.Dirichlet("top", 0, 0.0)),
                List.of(), null, 0, 0, true));
    }

    static double[] initial(PhaseFieldSystem sys) {
        Mesh m = sys.mesh();
        double[] nodal = new double[m.nodeCount()];
        for (int i = 0; i < nodal.length; i++) {
            nodal[i] = Benchmark7Solution.eta(m.x(i, 0), m.x(i, 1), 0);
        }
        return sys.state(nodal);
    }
}
