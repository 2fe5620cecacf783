package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KrylovSolverTest {

    private static final double RTOL = 1e-10;
    /** Solution error allowed for a residual at RTOL: the condition number of these systems is ~1e3. */
    private static final double SOLUTION_TOL = 1e-6;

    private static SolverOptions options(String method, String pc) {
        SolverOptions o = new SolverOptions();
        o.method = method;
        o.preconditioner = pc;
        o.rtol = RTOL;
        return o;
    }

    private static void assertSolves(String method, String pc, CsrMatrix a) {
        double[] b = TestMatrices.randomVector(a.rows(), 7);
        double[] reference = TestMatrices.directSolution(a, b);
        LinearSolver solver = LinearSolvers.create(options(method, pc));
        double[] x = new double[a.rows()];
        SolveStats stats = solver.solve(a, b, x);
        assertTrue(stats.iterations() > 0, "an iterative method iterates");
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= RTOL, () -> method + "+" + pc + " residual "
                + TestMatrices.relativeResidual(a, x, b));
        assertTrue(TestMatrices.relativeError(x, reference) <= SOLUTION_TOL, () -> method + "+" + pc + " error "
                + TestMatrices.relativeError(x, reference));
        assertEquals(TestMatrices.relativeResidual(a, x, b) * norm(b), stats.finalResidual(),
                1e-12 * norm(b), "stats report the true residual");
    }

    private static double norm(double[] b) {
        return org.interphase.kernels.VectorOps.norm2(b, b.length);
    }

    @ParameterizedTest
    @CsvSource({"cg,none", "cg,jacobi", "cg,ic0", "cg,amg", "gmres,none", "gmres,jacobi", "gmres,ic0",
        "gmres,ilu0", "gmres,amg", "bicgstab,none", "bicgstab,jacobi", "bicgstab,ic0", "bicgstab,ilu0",
        "bicgstab,amg"})
    void convergesOnSpdPoisson(String method, String pc) {
        assertSolves(method, pc, ModelProblems.poissonP1(33).matrix());
    }

    @ParameterizedTest
    @CsvSource({"gmres,none", "gmres,jacobi", "gmres,ic0", "gmres,ilu0", "gmres,amg", "bicgstab,none",
        "bicgstab,jacobi", "bicgstab,ic0", "bicgstab,ilu0", "bicgstab,amg"})
    void convergesOnConvectionDiffusion(String method, String pc) {
        assertSolves(method, pc, ModelProblems.convectionDiffusion2d(30, 30, 40.0, -20.0));
    }

    @ParameterizedTest
    @CsvSource({"cg,amg", "cg,ic0", "gmres,ilu0"})
    void convergesOn3dLaplacian(String method, String pc) {
        assertSolves(method, pc, ModelProblems.laplacian3d(12));
    }

    @Test
    void usesTheInitialGuessAndStopsAtOnceOnTheSolution() {
        CsrMatrix a = ModelProblems.laplacian2d(20, 20);
        double[] b = TestMatrices.randomVector(400, 3);
        double[] x = TestMatrices.directSolution(a, b);
        SolveStats stats = LinearSolvers.create(options("cg", "jacobi")).solve(a, b, x);
        assertEquals(0, stats.iterations());
    }

    @Test
    void zeroRightHandSideGivesZero() {
        CsrMatrix a = ModelProblems.laplacian2d(10, 10);
        double[] x = TestMatrices.randomVector(100, 1);
        SolveStats stats = LinearSolvers.create(options("gmres", "ilu0")).solve(a, new double[100], x);
        assertEquals(0, stats.iterations());
        for (double v : x) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void absoluteToleranceStopsEarly() {
        CsrMatrix a = ModelProblems.laplacian2d(30, 30);
        double[] b = TestMatrices.randomVector(900, 5);
        SolverOptions o = options("cg", "none");
        o.rtol = 0.0;
        o.atol = 1e-2 * norm(b);
        double[] x = new double[900];
        SolveStats stats = LinearSolvers.create(o).solve(a, b, x);
        assertTrue(stats.finalResidual() <= o.atol);
        assertTrue(stats.finalResidual() > 1e-6 * norm(b), "stopped at atol, not far below it");
    }

    @Test
    void factoryRejectsBadInput() {
        InputException e = assertThrows(InputException.class, () -> LinearSolvers.create(options("cg", "ilu0")));
        assertTrue(e.getMessage().contains("ilu0 is not symmetric and cannot be used with cg"), e.getMessage());
        e = assertThrows(InputException.class, () -> LinearSolvers.create(options("minres", "none")));
        assertTrue(e.getMessage().contains("unknown method 'minres'"), e.getMessage());
        e = assertThrows(InputException.class, () -> LinearSolvers.create(options("cg", "ssor")));
        assertTrue(e.getMessage().contains("unknown preconditioner 'ssor'"), e.getMessage());
        SolverOptions o = options("cg", "amg");
        o.rtol = 0;
        e = assertThrows(InputException.class, () -> LinearSolvers.create(o));
        assertTrue(e.getMessage().contains("not both zero"), e.getMessage());
    }

    @Test
    void factoryBuildsWhatIsNamed() {
        assertTrue(LinearSolvers.create(options("direct", "ilu0")) instanceof SparseDirect, "direct ignores pc");
        assertTrue(LinearSolvers.create(options(" CG ", "AMG")) instanceof ConjugateGradient);
        assertTrue(LinearSolvers.create(options("gmres", "ic0")) instanceof Gmres);
        assertTrue(LinearSolvers.create(options("bicgstab", "none")) instanceof BiCgStab);
        LinearSolver cg = LinearSolvers.create(options("cg", "amg"));
        cg.setup(ModelProblems.laplacian2d(40, 40));
        assertTrue(cg.describe().startsWith("cg+amg("), cg.describe());
    }

    @Test
    void incompleteCholeskyShiftsOnKershawsMatrix() {
        // D. S. Kershaw, J. Comput. Phys. 26 (1978): SPD, but IC(0) meets a negative pivot.
        CooMatrix c = new CooMatrix(4, 4);
        double[][] k = {{3, -2, 0, 2}, {-2, 3, -2, 0}, {0, -2, 3, -2}, {2, 0, -2, 3}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (k[i][j] != 0) {
                    c.add(i, j, k[i][j]);
                }
            }
        }
        CsrMatrix a = c.toCsr();
        IncompleteCholesky ic = new IncompleteCholesky();
        ic.setup(a);
        assertTrue(ic.shift() >= IncompleteCholesky.FIRST_SHIFT, "a shift was needed and recorded");
        assertTrue(ic.describe().contains("shift"), ic.describe());
        ConjugateGradient cg = new ConjugateGradient(ic, options("cg", "ic0"));
        double[] b = {1, 2, 3, 4};
        double[] x = new double[4];
        cg.solve(a, b, x);
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= RTOL);
    }
}
