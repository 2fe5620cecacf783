package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.SolverException;
import org.junit.jupiter.api.Test;

class SparseDirectTest {

    /** A direct solve with refinement is exact to this relative residual on well-scaled matrices. */
    private static final double EXACT = 1e-12;

    private static double[] solve(SparseDirect d, CsrMatrix a, double[] b) {
        double[] x = new double[b.length];
        SolveStats s = d.solve(a, b, x);
        assertEquals(0, s.iterations());
        return x;
    }

    @Test
    void exactOnSpdMatricesWithLdlt() {
        for (CsrMatrix a : new CsrMatrix[] {ModelProblems.laplacian2d(60, 45), ModelProblems.laplacian3d(14)}) {
            double[] b = TestMatrices.randomVector(a.rows(), 1);
            SparseDirect d = new SparseDirect();
            double[] x = solve(d, a, b);
            assertTrue(d.usedLdl());
            assertTrue(TestMatrices.relativeResidual(a, x, b) <= EXACT, "" + TestMatrices.relativeResidual(a, x, b));
        }
    }

    @Test
    void exactOnNonSymmetricMatricesWithLu() {
        CsrMatrix a = ModelProblems.convectionDiffusion2d(50, 40, 300.0, 100.0);
        double[] b = TestMatrices.randomVector(a.rows(), 2);
        SparseDirect d = new SparseDirect();
        double[] x = solve(d, a, b);
        assertFalse(d.usedLdl());
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= EXACT, "" + TestMatrices.relativeResidual(a, x, b));
    }

    @Test
    void pivotsWhereTheDiagonalIsZero() {
        // Rows of a diagonally dominant random matrix, cyclically shifted: the diagonal is mostly zero.
        int n = 300;
        CsrMatrix r = TestMatrices.random(n, n, 4, 9);
        CooMatrix c = new CooMatrix(n, n);
        for (int i = 0; i < n; i++) {
            int target = (i + 1) % n;
            c.add(target, i, 10.0);
            for (int k = r.rowPtr()[i]; k < r.rowPtr()[i + 1]; k++) {
                c.add(target, r.colIndex()[k], r.values()[k]);
            }
        }
        CsrMatrix a = c.toCsr();
        double[] b = TestMatrices.randomVector(n, 3);
        double[] x = solve(new SparseDirect(), a, b);
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= EXACT, "" + TestMatrices.relativeResidual(a, x, b));
    }

    @Test
    void symmetricIndefiniteSaddlePointFallsBackToLu() {
        // [K B^T; B 0] with K the Laplacian and B picking every 7th unknown: a zero diagonal block.
        CsrMatrix k = ModelProblems.laplacian2d(20, 20);
        int m = 400 / 7;
        CooMatrix c = new CooMatrix(400 + m, 400 + m);
        for (int i = 0; i < 400; i++) {
            for (int p = k.rowPtr()[i]; p < k.rowPtr()[i + 1]; p++) {
                c.add(i, k.colIndex()[p], k.values()[p]);
            }
        }
        for (int j = 0; j < m; j++) {
            c.add(400 + j, 7 * j, 1.0);
            c.add(7 * j, 400 + j, 1.0);
        }
        CsrMatrix a = c.toCsr();
        double[] b = TestMatrices.randomVector(a.rows(), 4);
        SparseDirect d = new SparseDirect();
        double[] x = solve(d, a, b);
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= EXACT, "" + TestMatrices.relativeResidual(a, x, b));
    }

    @Test
    void elasticityToBackwardErrorOfRoundoff() {
        ModelProblems.Problem p = ModelProblems.elasticityP1(60, 60);
        SparseDirect d = new SparseDirect(null, 2);
        double[] x = solve(d, p.matrix(), p.rhs());
        assertTrue(d.usedLdl());
        // normwise backward error ||r|| / (||A||_F ||x|| + ||b||)
        double normA = org.interphase.kernels.VectorOps.norm2(p.matrix().values(), p.matrix().nnz());
        double normX = org.interphase.kernels.VectorOps.norm2(x, x.length);
        double normB = org.interphase.kernels.VectorOps.norm2(p.rhs(), x.length);
        double eta = TestMatrices.relativeResidual(p.matrix(), x, p.rhs()) * normB / (normA * normX + normB);
        assertTrue(eta <= 1e-15, "backward error " + eta);
    }

    @Test
    void singularMatricesAreReported() {
        SolverException e = assertThrows(SolverException.class,
                () -> solve(new SparseDirect(), TestMatrices.neumannLaplacian2d(30, 30), new double[900]));
        assertTrue(e.getMessage().contains("matrix is singular at pivot"), e.getMessage());
        assertTrue(e.getMessage().contains("check that the boundary conditions fix every rigid-body mode"));
        // Elasticity with the clamp removed: three rigid-body modes.
        ModelProblems.Problem free = ModelProblems.elasticityP1(15, 15, false);
        e = assertThrows(SolverException.class, () -> solve(new SparseDirect(null, 2), free.matrix(), free.rhs()));
        assertTrue(e.getMessage().contains("matrix is singular at pivot"), e.getMessage());
        CsrMatrix nonSym = ModelProblems.convectionDiffusion2d(10, 10, 5, 0).copy();
        for (int k = nonSym.rowPtr()[42]; k < nonSym.rowPtr()[43]; k++) {
            nonSym.values()[k] = 0.0;
        }
        e = assertThrows(SolverException.class, () -> solve(new SparseDirect(), nonSym, new double[100]));
        assertTrue(e.getMessage().contains("matrix is singular at pivot"), e.getMessage());
    }

    @Test
    void nestedDissectionReducesFill() {
        int side = 120;
        ModelProblems.Problem p = ModelProblems.poissonP1(side);
        SparseDirect d = new SparseDirect();
        d.setup(p.matrix());
        long n = p.matrix().rows();
        long banded = n * side;
        assertTrue(d.factorNonzeros() < banded / 3, d.factorNonzeros() + " vs band " + banded);
    }

    @Test
    void nestedDissectionIsAPermutationOnAwkwardGraphs() {
        // disconnected pieces, isolated nodes, a path and a dense clique
        CooMatrix c = new CooMatrix(500, 500);
        for (int i = 0; i < 199; i++) {
            c.add(i, i + 1, 1);
            c.add(i + 1, i, 1);
        }
        for (int i = 250; i < 290; i++) {
            for (int j = 250; j < 290; j++) {
                c.add(i, j, 1);
            }
        }
        CsrMatrix r = TestMatrices.random(200, 200, 3, 5);
        for (int i = 0; i < 200; i++) {
            for (int k = r.rowPtr()[i]; k < r.rowPtr()[i + 1]; k++) {
                c.add(300 + i, 300 + r.colIndex()[k], 1);
                c.add(300 + r.colIndex()[k], 300 + i, 1);
            }
        }
        c.add(499, 499, 1);
        CsrMatrix g = c.toCsr();
        int[] perm = NestedDissection.order(500, g.rowPtr(), g.colIndex());
        boolean[] seen = new boolean[500];
        for (int v : perm) {
            assertFalse(seen[v], "node " + v + " numbered twice");
            seen[v] = true;
        }
        assertEquals(500, perm.length);
    }

    @Test
    void symmetryDetection() {
        CsrMatrix a = ModelProblems.laplacian2d(5, 5).copy();
        assertTrue(SparseDirect.isSymmetric(a, SparseDirect.SYMMETRY_TOLERANCE));
        a.values()[a.slot(3, 4)] *= 1 + 1e-13;
        assertTrue(SparseDirect.isSymmetric(a, SparseDirect.SYMMETRY_TOLERANCE), "within 1e-12 relative");
        a.values()[a.slot(3, 4)] *= 1 + 1e-9;
        assertFalse(SparseDirect.isSymmetric(a, SparseDirect.SYMMETRY_TOLERANCE));
    }
}
