package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.interphase.assembly.DofMap;
import org.interphase.core.InputException;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.SparseDirect;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/** Periodic pairing, seeded noise, the bordered solver and the block inverse. */
class SupportTest {

    @Test
    void periodicPairsMatchTranslatedNodes() {
        Mesh m = RectangleMesher.build(0, 0, 3, 2, 6, 5, 2, RectangleMesher.Diagonal.ALTERNATE);
        PeriodicPairs p = PeriodicPairs.match(m, "left", "right");
        assertEquals(11, p.image().length, "5 cells of TRI6 give 11 nodes per side");
        for (int k = 0; k < p.image().length; k++) {
            assertEquals(m.x(p.image()[k], 0) - 3, m.x(p.source()[k], 0), 1e-12);
            assertEquals(m.x(p.image()[k], 1), m.x(p.source()[k], 1), 1e-12);
        }
        DofMap d = DofMap.periodic(m.nodeCount(), 3, p.image(), p.source());
        assertEquals(m.nodeCount() - 11, d.slots());
    }

    @Test
    void periodicSidesWithDifferentNodesAreRejected() {
        Mesh m = RectangleMesher.build(0, 0, 3, 2, 6, 5, 1, RectangleMesher.Diagonal.ALTERNATE);
        InputException e = assertThrows(InputException.class, () -> PeriodicPairs.match(m, "left", "top"));
        assertTrue(e.getMessage().contains("do not match"), e.getMessage());
    }

    @Test
    void noiseIsSeededUniformAndCounterBased() {
        LangevinNoise a = new LangevinNoise(42);
        LangevinNoise b = new LangevinNoise(42);
        double sum = 0;
        Set<Double> distinct = new HashSet<>();
        for (int i = 0; i < 20000; i++) {
            double v = a.value(i / 100, i % 100);
            assertTrue(v >= -1 && v < 1);
            assertEquals(v, b.value(i / 100, i % 100), 0.0);
            sum += v;
            distinct.add(v);
        }
        assertEquals(0.0, sum / 20000, 0.02, "mean of uniform [-1, 1): 0 within 3 standard errors");
        assertEquals(20000, distinct.size());
        assertTrue(a.value(3, 5) != new LangevinNoise(43).value(3, 5));
    }

    @Test
    void borderedSolveMatchesTheFullSystem() {
        int n = 6;
        double[][] full = new double[n + 1][n + 1];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                full[i][j] = (i == j ? 5 : 0) + (i < n && j < n ? 0.3 * rnd.nextGaussian() : rnd.nextGaussian());
            }
        }
        double[] b = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = full[i][n];
            c[i] = full[n][i];
        }
        double d = full[n][n];
        BorderedSolver s = new BorderedSolver(new SparseDirect(), new BorderedSolver.Border() {
            @Override
            public double[] column() {
                return b;
            }

            @Override
            public double[] row() {
                return c;
            }

            @Override
            public double corner() {
                return d;
            }
        });
        s.setup(dense(full, n));
        double[] rhs = {1, -2, 0.5, 3, 0, 1, -1};
        double[] x = new double[n + 1];
        s.solve(rhs, x);
        for (int i = 0; i <= n; i++) {
            double r = -rhs[i];
            for (int j = 0; j <= n; j++) {
                r += full[i][j] * x[j];
            }
            assertEquals(0.0, r, 1e-12, "row " + i);
        }
    }

    private static CsrMatrix dense(double[][] a, int n) {
        int[] rp = new int[n + 1];
        int[] col = new int[n * n];
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            rp[i + 1] = (i + 1) * n;
            for (int j = 0; j < n; j++) {
                col[i * n + j] = j;
                v[i * n + j] = a[i][j];
            }
        }
        return new CsrMatrix(n, n, rp, col, v);
    }

    @Test
    void blockInverse() {
        double[] a = {0, 2, 1, 1, 0, 3, 4, 1, 0};
        double[] inv = new double[9];
        PhaseFieldSystem.invert(a, 3, inv, 0);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += a[i * 3 + k] * inv[k * 3 + j];
                }
                assertEquals(i == j ? 1 : 0, s, 1e-14);
            }
        }
    }
}
