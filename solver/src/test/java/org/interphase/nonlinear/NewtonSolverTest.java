package org.interphase.nonlinear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolverOptions;
import org.junit.jupiter.api.Test;

/** Newton on diagonal test systems with known roots. */
class NewtonSolverTest {

    /** r_i(u) = f(u_i) - b_i on a diagonal matrix structure. */
    private abstract static class Diagonal implements NonlinearProblem {
        final int n;
        final double[] b;

        Diagonal(double[] b) {
            this.n = b.length;
            this.b = b;
        }

        abstract double f(double u);

        abstract double df(double u);

        @Override
        public int size() {
            return n;
        }

        @Override
        public CsrMatrix newJacobian() {
            int[] rp = new int[n + 1];
            int[] col = new int[n];
            for (int i = 0; i < n; i++) {
                rp[i + 1] = i + 1;
                col[i] = i;
            }
            return new CsrMatrix(n, n, rp, col, new double[n]);
        }

        @Override
        public void evaluate(double[] u, double[] r, CsrMatrix j) {
            for (int i = 0; i < n; i++) {
                r[i] = f(u[i]) - b[i];
                if (j != null) {
                    j.values()[i] = df(u[i]);
                }
            }
        }
    }

    private static NewtonSolver newton(NewtonOptions o) {
        SolverOptions s = new SolverOptions();
        s.method = "direct";
        return new NewtonSolver(o, LinearSolvers.create(s));
    }

    @Test
    void convergesQuadraticallyToTheRootOfACubic() {
        double[] b = {2, 10, -3};
        Diagonal p = new Diagonal(b) {
            @Override
            double f(double u) {
                return u * u * u + u;
            }

            @Override
            double df(double u) {
                return 3 * u * u + 1;
            }
        };
        double[] u = new double[3];
        NewtonOptions o = new NewtonOptions();
        o.rtol = 1e-14;
        NewtonResult res = newton(o).solve(p, u);
        assertTrue(res.converged(), res.reason());
        assertEquals(1.0, u[0], 1e-13);
        assertEquals(2.0, u[1], 1e-13);
        assertTrue(res.iterations() <= 12, "iterations " + res.iterations());
    }

    @Test
    void lineSearchRescuesArctanFromAFarStart() {
        Diagonal p = new Diagonal(new double[] {0.0}) {
            @Override
            double f(double u) {
                return Math.atan(u);
            }

            @Override
            double df(double u) {
                return 1 / (1 + u * u);
            }
        };
        double[] u = {3.0};
        NewtonOptions plain = new NewtonOptions();
        plain.lineSearch = false;
        NewtonResult bad = newton(plain).solve(p, u);
        assertFalse(bad.converged(), "plain Newton diverges on atan from 3");
        u[0] = 3.0;
        NewtonResult good = newton(new NewtonOptions()).solve(p, u);
        assertTrue(good.converged(), good.reason());
        assertEquals(0.0, u[0], 1e-8);
    }

    @Test
    void reportsMaxIterationsWithoutThrowing() {
        Diagonal p = new Diagonal(new double[] {-1.0}) {
            @Override
            double f(double u) {
                return u * u;
            }

            @Override
            double df(double u) {
                return 2 * u + 1e-3;
            }
        };
        NewtonOptions o = new NewtonOptions();
        o.maxIterations = 5;
        NewtonResult r = newton(o).solve(p, new double[] {1.0});
        assertFalse(r.converged());
        assertEquals("max-iterations", r.reason());
    }
}
