package org.interphase.linalg;

import java.util.List;
import java.util.Locale;
import org.interphase.kernels.Parallel;

/**
 * Solver benchmarks that {@code interphase bench} runs: AMG-preconditioned CG on P1 Poisson and P1 plane
 * strain ({@link ModelProblems}) to a relative residual of 1e-8, and SpMV bandwidth. Returns numbers; the
 * CLI prints them. Reference points from the project brief: FEniCSx/hypre, 1M-dof Poisson in 1.0 s on 2
 * ranks (6 iterations); GAMG, 2.1M-dof elasticity in 9.1 s (34 iterations).
 */
public final class LinearSolverBenchmarks {

    /** Relative residual of the benchmark solves. */
    public static final double RTOL = 1e-8;

    /**
     * One benchmark.
     *
     * @param problem          the system, with its size.
     * @param dofs             unknowns.
     * @param nonzeros         matrix nonzeros.
     * @param solver           the solver's description (levels and operator complexity for AMG).
     * @param setupSeconds     preconditioner setup wall time.
     * @param solveSeconds     iteration wall time.
     * @param iterations       CG iterations.
     * @param relativeResidual ||b - A x|| / ||b|| at exit.
     * @param spmvGbPerSecond  SpMV bandwidth: 12 bytes per nonzero, 16 per row, 8 per x entry.
     * @param threads          worker threads used.
     */
    public record Result(String problem, int dofs, long nonzeros, String solver, double setupSeconds,
            double solveSeconds, int iterations, double relativeResidual, double spmvGbPerSecond, int threads) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d dofs, %d nnz, %s, setup %.2f s, solve %.2f s, %d iterations, "
                    + "relative residual %.1e, SpMV %.1f GB/s, %d threads", problem, dofs, nonzeros, solver,
                    setupSeconds, solveSeconds, iterations, relativeResidual, spmvGbPerSecond, threads);
        }
    }

    private LinearSolverBenchmarks() {
    }

    /**
     * The two headline measurements, 1000^2-node P1 Poisson (1M dofs) and plane strain (2M dofs), after
     * an untimed warm-up on small problems so that the timings are of compiled code, not the JIT.
     *
     * @return the Poisson result, then the elasticity result.
     */
    public static List<Result> run() {
        warmUp();
        return List.of(poisson(1000), elasticity(1000));
    }

    /** Runs every hot path once on small problems (about 0.5 s). */
    public static void warmUp() {
        poisson(300);
        elasticity(150);
    }

    /** @return AMG-PCG on P1 Poisson with nodesPerSide^2 nodes. */
    public static Result poisson(int nodesPerSide) {
        return amgPcg(ModelProblems.poissonP1(nodesPerSide));
    }

    /** @return AMG-PCG on P1 plane strain with nodesPerSide^2 nodes (two dofs each). */
    public static Result elasticity(int nodesPerSide) {
        return amgPcg(ModelProblems.elasticityP1(nodesPerSide, nodesPerSide));
    }

    /** @return AMG-PCG to {@link #RTOL} from x = 0 on {@code p}, with SpMV bandwidth on its matrix. */
    public static Result amgPcg(ModelProblems.Problem p) {
        SolverOptions o = new SolverOptions();
        o.method = "cg";
        o.preconditioner = "amg";
        o.rtol = RTOL;
        o.blockSize = p.blockSize();
        o.nearNullSpace = p.nearNullSpace();
        LinearSolver solver = LinearSolvers.create(o);
        double[] x = new double[p.rhs().length];
        solver.setup(p.matrix());
        SolveStats s = solver.solve(p.rhs(), x);
        return new Result(p.name(), p.matrix().rows(), p.matrix().nnz(), solver.describe(), s.setupSeconds(),
                s.solveSeconds(), s.iterations(), s.relativeResidual(), spmvGbPerSecond(p.matrix(), 20),
                Parallel.threads());
    }

    /**
     * @param a       (Input) matrix. Not modified.
     * @param repeats (Input) timed products after two warm-up ones.
     * @return SpMV bandwidth in GB/s, counting 12 bytes per nonzero, 16 per row and 8 per x entry.
     */
    public static double spmvGbPerSecond(CsrMatrix a, int repeats) {
        double[] x = new double[a.cols()];
        double[] y = new double[a.rows()];
        java.util.Arrays.fill(x, 1.0);
        a.multiply(x, y);
        a.multiply(x, y);
        long t0 = System.nanoTime();
        for (int k = 0; k < repeats; k++) {
            a.multiply(x, y);
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double bytes = 12.0 * a.nnz() + 16.0 * a.rows() + 8.0 * a.cols();
        return bytes * repeats / seconds * 1e-9;
    }
}
