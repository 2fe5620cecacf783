package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.SolverException;
import org.junit.jupiter.api.Test;

class FailureDetectionTest {

    private static SolverException failure(String method, String pc, int maxIterations, CsrMatrix a, double[] b) {
        SolverOptions o = new SolverOptions();
        o.method = method;
        o.preconditioner = pc;
        o.rtol = 1e-10;
        o.maxIterations = maxIterations;
        LinearSolver solver = LinearSolvers.create(o);
        return assertThrows(SolverException.class, () -> solver.solve(a, b, new double[b.length]));
    }

    private static void assertContains(SolverException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "'" + p + "' missing from: " + e.getMessage());
        }
    }

    private static CsrMatrix diagonal(double... d) {
        CooMatrix c = new CooMatrix(d.length, d.length);
        for (int i = 0; i < d.length; i++) {
            c.add(i, i, d[i]);
        }
        return c.toCsr();
    }

    @Test
    void maximumIterations() {
        CsrMatrix a = ModelProblems.laplacian2d(40, 40);
        SolverException e = failure("cg", "none", 5, a, TestMatrices.randomVector(1600, 1));
        assertContains(e, "cg+none reached the maximum of 5 iterations", "residual", "try a stronger preconditioner");
    }

    @Test
    void divergenceOfCgOnAnIndefiniteMatrix() {
        // p^T A p = 1 - (1 - eps)^2 > 0 but tiny: the first step overshoots by ~1/eps.
        double eps = 1e-12;
        SolverException e = failure("cg", "none", 100, diagonal(1.0, -1.0), new double[] {1.0, 1.0 - eps});
        assertContains(e, "cg+none diverged at iteration 1", "times the initial residual", "indefinite");
    }

    @Test
    void breakdownOfCgOnAnIndefiniteMatrix() {
        SolverException e = failure("cg", "none", 100, diagonal(1.0, -1.0), new double[] {1.0, 2.0});
        assertContains(e, "cg+none broke down at iteration 1", "p^T A p", "not SPD");
    }

    @Test
    void stagnationOnAnInconsistentSingularSystem() {
        // Neumann Laplacian with a right-hand side of nonzero mean: the least-squares residual is a floor.
        CsrMatrix a = TestMatrices.neumannLaplacian2d(12, 12);
        double[] b = TestMatrices.randomVector(144, 2);
        for (int i = 0; i < b.length; i++) {
            b[i] += 1.0;
        }
        SolverException e = failure("gmres", "jacobi", 2000, a, b);
        assertContains(e, "gmres+jacobi stagnated at iteration", "has not dropped by a relative 1e-03 in 200 "
                + "iterations", "singular or inconsistent");
    }

    @Test
    void breakdownOfBiCgStab() {
        // A rotation: r0^T A r0 = 0 at the first step.
        CooMatrix c = new CooMatrix(2, 2);
        c.add(0, 1, -1.0);
        c.add(1, 0, 1.0);
        SolverException e = failure("bicgstab", "none", 100, c.toCsr(), new double[] {1.0, 0.0});
        assertContains(e, "bicgstab+none broke down at iteration 1", "r0^T v", "try gmres");
    }

    @Test
    void nonFiniteResidual() {
        double[] b = TestMatrices.randomVector(100, 3);
        b[17] = Double.NaN;
        SolverException e = failure("cg", "jacobi", 100, ModelProblems.laplacian2d(10, 10), b);
        assertContains(e, "cg+jacobi produced a non-finite residual", "NaN");
    }
}
