package org.interphase.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/** Seeded inputs for kernel tests: random vectors, random CSR matrices, a Laplacian and P1 matrices. */
public final class TestMatrices {

    /** A CSR matrix on the host. */
    public record Csr(int rows, int cols, int[] rowPtr, int[] col, double[] val) {

        /** @return ||row i||_2. */
        public double rowNorm(int i) {
            double s = 0.0;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                s += val[k] * val[k];
            }
            return Math.sqrt(s);
        }

        /** @return y = A x on the host, serially. */
        public double[] times(double[] x) {
            double[] y = new double[rows];
            CsrOps.spmvRows(0, rows, rowPtr, col, val, x, y);
            return y;
        }
    }

    private TestMatrices() {
    }

    /** @return n uniform values in [-1, 1) from the seed. */
    public static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2.0 * r.nextDouble() - 1.0;
        }
        return x;
    }

    /**
     * @return a rows x cols matrix whose row lengths are uniform in [0, 2 meanRow] (so some rows are
     *         empty), with distinct sorted random columns and values in [-1, 1).
     */
    public static Csr random(int rows, int cols, int meanRow, long seed) {
        Random r = new Random(seed);
        int[] rowPtr = new int[rows + 1];
        int[][] cols2 = new int[rows][];
        for (int i = 0; i < rows; i++) {
            int len = cols == 0 ? 0 : Math.min(cols, r.nextInt(2 * meanRow + 1));
            cols2[i] = r.ints(0, cols).distinct().limit(len).sorted().toArray();
            rowPtr[i + 1] = rowPtr[i] + len;
        }
        int[] col = new int[rowPtr[rows]];
        double[] val = new double[col.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(cols2[i], 0, col, rowPtr[i], cols2[i].length);
        }
        for (int k = 0; k < val.length; k++) {
            val[k] = 2.0 * r.nextDouble() - 1.0;
        }
        return new Csr(rows, cols, rowPtr, col, val);
    }

    /** @return the 5-point Laplacian on an nx x ny grid with Dirichlet boundary (SPD), 4 on the diagonal. */
    public static Csr laplacian2d(int nx, int ny) {
        int n = nx * ny;
        int[] rowPtr = new int[n + 1];
        int[] col = new int[5 * n];
        double[] val = new double[5 * n];
        int k = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int row = j * nx + i;
                int[] nb = {row - nx, row - 1, row, row + 1, row + nx};
                boolean[] ok = {j > 0, i > 0, true, i < nx - 1, j < ny - 1};
                for (int q = 0; q < 5; q++) {
                    if (ok[q]) {
                        col[k] = nb[q];
                        val[k] = nb[q] == row ? 4.0 : -1.0;
                        k++;
                    }
                }
                rowPtr[row + 1] = k;
            }
        }
        return new Csr(n, n, rowPtr, Arrays.copyOf(col, k), Arrays.copyOf(val, k));
    }

    /** P1 stiffness and lumped mass of a structured triangle mesh of a rectangle. */
    public record P1Mesh(int nx, int ny, double[] x, double[] y, Csr stiffness, double[] lumpedMass) {
    }

    /**
     * @return the P1 grad-grad stiffness and the lumped mass of [0, lx] x [0, ly] split into nx x ny
     *         squares, each cut into two triangles (nodes numbered row by row, (nx+1)(ny+1) of them).
     */
    public static P1Mesh p1Rectangle(int nx, int ny, double lx, double ly) {
        int n = (nx + 1) * (ny + 1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                x[j * (nx + 1) + i] = lx * i / nx;
                y[j * (nx + 1) + i] = ly * j / ny;
            }
        }
        List<TreeMap<Integer, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new TreeMap<>());
        }
        double[] mass = new double[n];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int a = j * (nx + 1) + i;
                int b = a + 1;
                int c = a + nx + 1;
                int d = c + 1;
                for (int[] t : new int[][] {{a, b, d}, {a, d, c}}) {
                    addTriangle(t, x, y, rows, mass);
                }
            }
        }
        int[] rowPtr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowPtr[i + 1] = rowPtr[i] + rows.get(i).size();
        }
        int[] col = new int[rowPtr[n]];
        double[] val = new double[rowPtr[n]];
        for (int i = 0; i < n; i++) {
            int k = rowPtr[i];
            for (var e : rows.get(i).entrySet()) {
                col[k] = e.getKey();
                val[k++] = e.getValue();
            }
        }
        return new P1Mesh(nx, ny, x, y, new Csr(n, n, rowPtr, col, val), mass);
    }

    private static void addTriangle(int[] t, double[] x, double[] y, List<TreeMap<Integer, Double>> rows,
            double[] mass) {
        double[] bx = new double[3];
        double[] by = new double[3];
        for (int q = 0; q < 3; q++) {
            int p1 = t[(q + 1) % 3];
            int p2 = t[(q + 2) % 3];
            bx[q] = y[p1] - y[p2];
            by[q] = x[p2] - x[p1];
        }
        double area = 0.5 * Math.abs(bx[0] * by[1] - bx[1] * by[0]);
        for (int p = 0; p < 3; p++) {
            mass[t[p]] += area / 3.0;
            for (int q = 0; q < 3; q++) {
                rows.get(t[p]).merge(t[q], (bx[p] * bx[q] + by[p] * by[q]) / (4.0 * area), Double::sum);
            }
        }
    }
}
