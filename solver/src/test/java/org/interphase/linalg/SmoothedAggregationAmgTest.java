package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.InputException;
import org.interphase.kernels.VectorOps;
import org.junit.jupiter.api.Test;

class SmoothedAggregationAmgTest {

    /** Finest-level iterations may exceed the coarsest level's by at most this factor. */
    private static final double FLAT = 1.3;
    private static final double RTOL = 1e-8;

    private static SolveStats amgPcg(ModelProblems.Problem p) {
        SolverOptions o = new SolverOptions();
        o.rtol = RTOL;
        o.blockSize = p.blockSize();
        o.nearNullSpace = p.nearNullSpace();
        double[] x = new double[p.rhs().length];
        SolveStats s = LinearSolvers.create(o).solve(p.matrix(), p.rhs(), x);
        assertTrue(TestMatrices.relativeResidual(p.matrix(), x, p.rhs()) <= RTOL);
        return s;
    }

    @Test
    void poissonIterationsStayFlatUnderRefinement() {
        int[] sides = {64, 128, 256, 512};
        int[] its = new int[sides.length];
        for (int k = 0; k < sides.length; k++) {
            its[k] = amgPcg(ModelProblems.poissonP1(sides[k])).iterations();
            assertTrue(its[k] <= 20, "Poisson " + sides[k] + "^2: " + its[k] + " iterations");
        }
        assertTrue(its[3] <= FLAT * its[0], "iterations " + java.util.Arrays.toString(its));
    }

    @Test
    void elasticityIterationsStayFlatUnderRefinement() {
        int[] sides = {65, 129, 257};
        int[] its = new int[sides.length];
        for (int k = 0; k < sides.length; k++) {
            its[k] = amgPcg(ModelProblems.elasticityP1(sides[k], sides[k])).iterations();
            assertTrue(its[k] <= 40, "elasticity " + sides[k] + "^2: " + its[k] + " iterations");
        }
        assertTrue(its[2] <= FLAT * its[0], "iterations " + java.util.Arrays.toString(its));
    }

    @Test
    void elasticityConvergesOverTheRangeOfStrengthThresholds() {
        // Coarse SA stencils are wider: without halving theta per level, theta = 0.25 left coarse nodes
        // unaggregated and CG stagnated.
        ModelProblems.Problem p = ModelProblems.elasticityP1(129, 129);
        for (double theta : new double[] {0.0, 0.08, 0.25}) {
            SmoothedAggregationAmg amg = new SmoothedAggregationAmg(2, p.nearNullSpace()).strengthThreshold(theta);
            SolverOptions o = new SolverOptions();
            o.rtol = RTOL;
            SolveStats s = new ConjugateGradient(amg, o).solve(p.matrix(), p.rhs(), new double[p.rhs().length]);
            assertTrue(s.iterations() <= 45, "theta " + theta + ": " + s.iterations() + " iterations");
        }
    }

    @Test
    void rigidBodyModesBeatConstantsForElasticity() {
        ModelProblems.Problem p = ModelProblems.elasticityP1(129, 129);
        int withModes = amgPcg(p).iterations();
        int withConstants = amgPcg(new ModelProblems.Problem(p.name(), p.matrix(), p.rhs(), 2, null)).iterations();
        assertTrue(withModes < withConstants, withModes + " vs " + withConstants);
    }

    @Test
    void vCycleIsSymmetric() {
        ModelProblems.Problem p = ModelProblems.elasticityP1(40, 40);
        SmoothedAggregationAmg amg = new SmoothedAggregationAmg(2, p.nearNullSpace());
        amg.setup(p.matrix());
        int n = p.rhs().length;
        double[] u = TestMatrices.randomVector(n, 1);
        double[] v = TestMatrices.randomVector(n, 2);
        double[] mu = new double[n];
        double[] mv = new double[n];
        amg.apply(u, mu);
        amg.apply(v, mv);
        double uMv = VectorOps.dot(u, mv, n);
        double vMu = VectorOps.dot(v, mu, n);
        assertEquals(uMv, vMu, 1e-10 * Math.abs(uMv), "u^T M^-1 v = v^T M^-1 u");
        assertTrue(VectorOps.dot(u, mu, n) > 0, "positive");
        assertTrue(amg.levels() >= 2 && amg.operatorComplexity() > 1.0, amg.describe());
    }

    @Test
    void tentativeProlongatorIsOrthonormalAndReproducesTheNearNullSpace() {
        ModelProblems.Problem p = ModelProblems.elasticityP1(20, 20);
        CsrMatrix s = SmoothedAggregationAmg.strength(p.matrix(), 2, SmoothedAggregationAmg.DEFAULT_THETA);
        int[] agg = new int[s.rows()];
        int nAgg = SmoothedAggregationAmg.aggregate(s, agg);
        double[][] coarseB = new double[3][3 * nAgg];
        CsrMatrix pt = SmoothedAggregationAmg.tentative(agg, nAgg, p.nearNullSpace(), 2, coarseB);
        double[][] ptp = TestMatrices.dense(SparseProducts.galerkin(pt, identity(pt.rows())));
        for (int i = 0; i < ptp.length; i++) {
            for (int j = 0; j < ptp.length; j++) {
                assertEquals(i == j ? 1.0 : 0.0, ptp[i][j], 1e-12, "P^T P = I at " + i + "," + j);
            }
        }
        double[] y = new double[pt.rows()];
        for (int c = 0; c < 3; c++) {
            pt.multiply(coarseB[c], y);
            for (int i = 0; i < y.length; i++) {
                if (agg[i / 2] >= 0) {
                    assertEquals(p.nearNullSpace()[c][i], y[i], 1e-12, "P_tent B_c = B");
                }
            }
        }
    }

    @Test
    void aggregationCoversEveryConnectedNode() {
        CsrMatrix a = ModelProblems.laplacian2d(50, 50);
        CsrMatrix s = SmoothedAggregationAmg.strength(a, 1, SmoothedAggregationAmg.DEFAULT_THETA);
        int[] agg = new int[s.rows()];
        int nAgg = SmoothedAggregationAmg.aggregate(s, agg);
        int[] size = new int[nAgg];
        for (int g : agg) {
            assertTrue(g >= 0, "every node of a connected graph is aggregated");
            size[g]++;
        }
        assertTrue(nAgg < 2500 / 4, "aggregates of about 5 or more nodes: " + nAgg);
    }

    @Test
    void lanczosFindsTheLargestEigenvalue() {
        int n = 10;
        double[] alpha = new double[n];
        double[] beta = new double[n];
        java.util.Arrays.fill(alpha, 2.0);
        java.util.Arrays.fill(beta, -1.0);
        double exact = 2.0 + 2.0 * Math.cos(Math.PI / (n + 1));
        assertEquals(exact, SmoothedAggregationAmg.largestEigenvalue(alpha, beta, n), 1e-10);
        // D^-1 A of the 2D Laplacian has spectrum 1 - (cos(i pi h) + cos(j pi h)) / 2, h = 1/51.
        CsrMatrix a = ModelProblems.laplacian2d(50, 50);
        double[] inv = JacobiPreconditioner.inverseDiagonal(a, "test");
        double rho = SmoothedAggregationAmg.lambdaMax(a, inv);
        double rhoExact = 1.0 + Math.cos(Math.PI / 51);
        assertTrue(rho <= rhoExact * (1 + 1e-12) && rho >= 0.95 * rhoExact, rho + " vs " + rhoExact);
    }

    @Test
    void neumannProblemIsSolvedWithASingularCoarseMatrix() {
        CsrMatrix a = TestMatrices.neumannLaplacian2d(40, 40);
        double[] b = TestMatrices.randomVector(1600, 4);
        double mean = 0;
        for (double v : b) {
            mean += v / b.length;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] -= mean;
        }
        SolverOptions o = new SolverOptions();
        o.rtol = 1e-8;
        double[] x = new double[1600];
        LinearSolvers.create(o).solve(a, b, x);
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= 1e-8);
    }

    @Test
    void stalledCoarseningStillGivesAValidPreconditioner() {
        // a diagonal matrix: no node is coupled, nothing aggregates, the one large level is smoothed
        int n = SmoothedAggregationAmg.MAX_DIRECT + 5000;
        CooMatrix c = new CooMatrix(n, n);
        double[] d = TestMatrices.randomVector(n, 8);
        for (int i = 0; i < n; i++) {
            c.add(i, i, 2.0 + d[i]);
        }
        CsrMatrix a = c.toCsr();
        SmoothedAggregationAmg amg = new SmoothedAggregationAmg(1, null);
        SolverOptions o = new SolverOptions();
        o.rtol = 1e-8;
        double[] b = TestMatrices.randomVector(n, 6);
        double[] x = new double[n];
        new ConjugateGradient(amg, o).solve(a, b, x);
        assertEquals(1, amg.levels());
        assertTrue(TestMatrices.relativeResidual(a, x, b) <= 1e-8);
    }

    @Test
    void everyCoupledNodeKeepsAStrongConnection() {
        ModelProblems.Problem p = ModelProblems.poissonP1(30);
        CsrMatrix s = SmoothedAggregationAmg.strength(p.matrix(), 1, 0.9);
        for (int v = 0; v < s.rows(); v++) {
            int x = v % 30;
            int y = v / 30;
            boolean dirichlet = x == 0 || y == 0 || x == 29 || y == 29;
            int degree = s.rowPtr()[v + 1] - s.rowPtr()[v];
            assertEquals(dirichlet, degree == 0, "node " + v + " has " + degree + " strong neighbours");
        }
    }

    @Test
    void rejectsABlockSizeThatDoesNotDivideTheDofs() {
        SmoothedAggregationAmg amg = new SmoothedAggregationAmg(3, null);
        InputException e = assertThrows(InputException.class, () -> amg.setup(ModelProblems.laplacian2d(10, 10)));
        assertTrue(e.getMessage().contains("blockSize 3 does not divide the 100 dofs"), e.getMessage());
        SmoothedAggregationAmg amg2 = new SmoothedAggregationAmg(1, new double[][] {new double[7]});
        e = assertThrows(InputException.class, () -> amg2.setup(ModelProblems.laplacian2d(10, 10)));
        assertTrue(e.getMessage().contains("must have 100 entries"), e.getMessage());
    }

    private static CsrMatrix identity(int n) {
        CooMatrix c = new CooMatrix(n, n);
        for (int i = 0; i < n; i++) {
            c.add(i, i, 1.0);
        }
        return c.toCsr();
    }
}
