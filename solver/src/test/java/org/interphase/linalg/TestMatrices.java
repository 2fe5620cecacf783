package org.interphase.linalg;

import java.util.Random;
import org.interphase.kernels.VectorOps;

/** Small matrices and measures shared by the linalg tests. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** @return the 5-point Laplacian with natural (Neumann) boundaries: singular, constants in its kernel. */
    static CsrMatrix neumannLaplacian2d(int nx, int ny) {
        CooMatrix a = new CooMatrix(nx * ny, nx * ny);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int r = i + nx * j;
                int[][] nbrs = {{i - 1, j}, {i + 1, j}, {i, j - 1}, {i, j + 1}};
                for (int[] q : nbrs) {
                    if (q[0] >= 0 && q[0] < nx && q[1] >= 0 && q[1] < ny) {
                        a.add(r, r, 1.0);
                        a.add(r, q[0] + nx * q[1], -1.0);
                    }
                }
            }
        }
        return a.toCsr();
    }

    /** @return a random sparse n x m matrix with about {@code perRow} entries per row, seeded. */
    static CsrMatrix random(int n, int m, int perRow, long seed) {
        Random rnd = new Random(seed);
        CooMatrix a = new CooMatrix(n, m);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < perRow; k++) {
                a.add(i, rnd.nextInt(m), rnd.nextDouble() * 2 - 1);
            }
        }
        return a.toCsr();
    }

    /** @return a seeded random vector with entries in [-1, 1). */
    static double[] randomVector(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextDouble() * 2 - 1;
        }
        return v;
    }

    /** @return the dense form of a. */
    static double[][] dense(CsrMatrix a) {
        double[][] d = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int k = a.rowPtr()[i]; k < a.rowPtr()[i + 1]; k++) {
                d[i][a.colIndex()[k]] += a.values()[k];
            }
        }
        return d;
    }

    /** @return ||b - A x|| / ||b||. */
    static double relativeResidual(CsrMatrix a, double[] x, double[] b) {
        double[] r = new double[b.length];
        a.multiply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return VectorOps.norm2(r, r.length) / VectorOps.norm2(b, b.length);
    }

    /** @return ||x - y|| / ||y||. */
    static double relativeError(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s) / VectorOps.norm2(y, y.length);
    }

    /** @return the solution of A x = b by the sparse direct solver. */
    static double[] directSolution(CsrMatrix a, double[] b) {
        double[] x = new double[b.length];
        new SparseDirect().solve(a, b, x);
        return x;
    }
}
