package org.interphase.linalg;

import java.util.Arrays;
import org.interphase.core.Checks;

/**
 * Model linear systems for solver tests and benchmarks: finite-difference Laplacians in 2D and 3D, a
 * 2D convection-diffusion operator, and P1-triangle assemblies of Poisson and plane-strain elasticity on
 * a structured mesh of the unit square (each cell split along its rising diagonal). The FD operators
 * keep only interior unknowns; the FE systems keep every node and impose homogeneous Dirichlet values
 * by identity rows and columns, so they read like what an FE assembler hands a solver.
 */
public final class ModelProblems {

    /**
     * A linear system with what AMG needs to know about it.
     *
     * @param name          short description with the size.
     * @param matrix        the system matrix.
     * @param rhs           the right-hand side.
     * @param blockSize     dofs per node.
     * @param nearNullSpace vectors the coarse spaces should hold, or null for the constants per component.
     */
    public record Problem(String name, CsrMatrix matrix, double[] rhs, int blockSize, double[][] nearNullSpace) {
    }

    private ModelProblems() {
    }

    /**
     * @param nx (Input) interior points in x.
     * @param ny (Input) interior points in y.
     * @return the 5-point Laplacian (4 on the diagonal, -1 off it) on an nx x ny interior grid.
     */
    public static CsrMatrix laplacian2d(int nx, int ny) {
        return convectionDiffusion2d(nx, ny, 0.0, 0.0);
    }

    /**
     * Central differences of -lap u + beta . grad u on the unit square, scaled by h^2.
     *
     * @param nx    (Input) interior points in x.
     * @param ny    (Input) interior points in y.
     * @param betaX (Input) convection velocity in x (units of 1 / domain length).
     * @param betaY (Input) convection velocity in y.
     * @return the (non-symmetric when beta != 0) matrix, row index i + nx j.
     */
    public static CsrMatrix convectionDiffusion2d(int nx, int ny, double betaX, double betaY) {
        Checks.verify(nx > 0 && ny > 0, "grid must have interior points, got %d x %d", nx, ny);
        double hx = 0.5 * betaX / (nx + 1);
        double hy = 0.5 * betaY / (ny + 1);
        CooMatrix a = new CooMatrix(nx * ny, nx * ny);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int r = i + nx * j;
                a.add(r, r, 4.0);
                if (i > 0) {
                    a.add(r, r - 1, -1.0 - hx);
                }
                if (i < nx - 1) {
                    a.add(r, r + 1, -1.0 + hx);
                }
                if (j > 0) {
                    a.add(r, r - nx, -1.0 - hy);
                }
                if (j < ny - 1) {
                    a.add(r, r + nx, -1.0 + hy);
                }
            }
        }
        return a.toCsr();
    }

    /**
     * @param n (Input) interior points per direction.
     * @return the 7-point Laplacian (6 on the diagonal, -1 off it) on an n^3 interior grid.
     */
    public static CsrMatrix laplacian3d(int n) {
        CooMatrix a = new CooMatrix(n * n * n, n * n * n);
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    int r = i + n * (j + n * k);
                    a.add(r, r, 6.0);
                    if (i > 0) {
                        a.add(r, r - 1, -1.0);
                    }
                    if (i < n - 1) {
                        a.add(r, r + 1, -1.0);
                    }
                    if (j > 0) {
                        a.add(r, r - n, -1.0);
                    }
                    if (j < n - 1) {
                        a.add(r, r + n, -1.0);
                    }
                    if (k > 0) {
                        a.add(r, r - n * n, -1.0);
                    }
                    if (k < n - 1) {
                        a.add(r, r + n * n, -1.0);
                    }
                }
            }
        }
        return a.toCsr();
    }

    /**
     * P1 Poisson -lap u = 1 on the unit square with u = 0 on the whole boundary.
     *
     * @param nodesPerSide (Input) mesh nodes per side (at least 3).
     * @return the system, one dof per node numbered i + nodesPerSide j.
     */
    public static Problem poissonP1(int nodesPerSide) {
        int n = nodesPerSide;
        Checks.verify(n >= 3, "need at least 3 nodes per side, got %d", n);
        double[] xy = gridNodes(n, n);
        int[] tri = gridTriangles(n, n);
        boolean[] fixed = new boolean[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                fixed[i + n * j] = i == 0 || j == 0 || i == n - 1 || j == n - 1;
            }
        }
        Assembly asm = new Assembly(xy, tri, 1);
        double[] ke = new double[9];
        double[] grad = new double[6];
        for (int e = 0; e < tri.length / 3; e++) {
            double area = gradients(xy, tri, e, grad);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    ke[3 * a + b] = area * (grad[2 * a] * grad[2 * b] + grad[2 * a + 1] * grad[2 * b + 1]);
                }
                asm.rhs[tri[3 * e + a]] += area / 3.0;
            }
            asm.add(e, ke);
        }
        asm.fix(fixed);
        return new Problem("P1 Poisson " + n + "^2 nodes", asm.matrix, asm.rhs, 1, null);
    }

    /**
     * P1 plane-strain elasticity on the unit square (E = 1, nu = 0.3) clamped at x = 0 under a
     * downward unit body force, with the three rigid-body modes (two translations and the rotation
     * (-y, x)) as near-null space.
     *
     * @param nodesX (Input) nodes along x (at least 2).
     * @param nodesY (Input) nodes along y (at least 2).
     * @return the system, dofs (ux, uy) of node i + nodesX j at 2 node and 2 node + 1.
     */
    public static Problem elasticityP1(int nodesX, int nodesY) {
        return elasticityP1(nodesX, nodesY, true);
    }

    /**
     * As {@link #elasticityP1(int, int)}; without the clamp the matrix is singular (the rigid-body modes
     * are its kernel), for testing that failure.
     *
     * @param nodesX        (Input) nodes along x (at least 2).
     * @param nodesY        (Input) nodes along y (at least 2).
     * @param clampLeftEdge (Input) whether u = 0 at x = 0.
     * @return the system.
     */
    public static Problem elasticityP1(int nodesX, int nodesY, boolean clampLeftEdge) {
        Checks.verify(nodesX >= 2 && nodesY >= 2, "need at least 2 x 2 nodes, got %d x %d", nodesX, nodesY);
        double youngs = 1.0;
        double nu = 0.3;
        double f = youngs / ((1 + nu) * (1 - 2 * nu));
        double d11 = f * (1 - nu);
        double d12 = f * nu;
        double d33 = f * (1 - 2 * nu) / 2;
        double[] xy = gridNodes(nodesX, nodesY);
        int[] tri = gridTriangles(nodesX, nodesY);
        int nodes = nodesX * nodesY;
        boolean[] fixed = new boolean[2 * nodes];
        for (int j = 0; j < nodesY && clampLeftEdge; j++) {
            fixed[2 * (nodesX * j)] = true;
            fixed[2 * (nodesX * j) + 1] = true;
        }
        Assembly asm = new Assembly(xy, tri, 2);
        double[] grad = new double[6];
        double[] ke = new double[36];
        for (int e = 0; e < tri.length / 3; e++) {
            double area = gradients(xy, tri, e, grad);
            for (int a = 0; a < 3; a++) {
                double ba = grad[2 * a];
                double ca = grad[2 * a + 1];
                for (int b = 0; b < 3; b++) {
                    double bb = grad[2 * b];
                    double cb = grad[2 * b + 1];
                    ke[6 * (2 * a) + 2 * b] = area * (ba * d11 * bb + ca * d33 * cb);
                    ke[6 * (2 * a) + 2 * b + 1] = area * (ba * d12 * cb + ca * d33 * bb);
                    ke[6 * (2 * a + 1) + 2 * b] = area * (ca * d12 * bb + ba * d33 * cb);
                    ke[6 * (2 * a + 1) + 2 * b + 1] = area * (ca * d11 * cb + ba * d33 * bb);
                }
                asm.rhs[2 * tri[3 * e + a] + 1] -= area / 3.0;
            }
            asm.add(e, ke);
        }
        asm.fix(fixed);
        return new Problem("P1 plane strain " + nodesX + "x" + nodesY + " nodes", asm.matrix, asm.rhs, 2,
                rigidBodyModes2d(xy));
    }

    /**
     * @param xy (Input) node coordinates (x0, y0, x1, y1, ...). Not modified.
     * @return the translations in x and y and the rotation (-y, x), each of length xy.length.
     */
    public static double[][] rigidBodyModes2d(double[] xy) {
        int nodes = xy.length / 2;
        double[][] modes = new double[3][2 * nodes];
        for (int v = 0; v < nodes; v++) {
            modes[0][2 * v] = 1.0;
            modes[1][2 * v + 1] = 1.0;
            modes[2][2 * v] = -xy[2 * v + 1];
            modes[2][2 * v + 1] = xy[2 * v];
        }
        return modes;
    }

    /** @return node coordinates of an nx x ny grid on the unit square, node i + nx j. */
    static double[] gridNodes(int nx, int ny) {
        double[] xy = new double[2 * nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                xy[2 * (i + nx * j)] = (double) i / (nx - 1);
                xy[2 * (i + nx * j) + 1] = (double) j / (ny - 1);
            }
        }
        return xy;
    }

    /** @return counter-clockwise triangles, two per cell, split from (i, j) to (i+1, j+1). */
    static int[] gridTriangles(int nx, int ny) {
        int[] tri = new int[6 * (nx - 1) * (ny - 1)];
        int t = 0;
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int v00 = i + nx * j;
                int v10 = v00 + 1;
                int v01 = v00 + nx;
                int v11 = v01 + 1;
                tri[t++] = v00;
                tri[t++] = v10;
                tri[t++] = v11;
                tri[t++] = v00;
                tri[t++] = v11;
                tri[t++] = v01;
            }
        }
        return tri;
    }

    /**
     * @param grad (Output) gradients of the three barycentric functions (dx, dy per vertex).
     * @return the triangle's area.
     */
    private static double gradients(double[] xy, int[] tri, int e, double[] grad) {
        int p0 = tri[3 * e];
        int p1 = tri[3 * e + 1];
        int p2 = tri[3 * e + 2];
        double x0 = xy[2 * p0];
        double y0 = xy[2 * p0 + 1];
        double x1 = xy[2 * p1];
        double y1 = xy[2 * p1 + 1];
        double x2 = xy[2 * p2];
        double y2 = xy[2 * p2 + 1];
        double det = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        grad[0] = (y1 - y2) / det;
        grad[1] = (x2 - x1) / det;
        grad[2] = (y2 - y0) / det;
        grad[3] = (x0 - x2) / det;
        grad[4] = (y0 - y1) / det;
        grad[5] = (x1 - x0) / det;
        return 0.5 * Math.abs(det);
    }

    /** A node-block CSR structure built from triangle connectivity, filled element by element. */
    private static final class Assembly {
        final int[] tri;
        final int bs;
        final CsrMatrix matrix;
        final double[] rhs;

        Assembly(double[] xy, int[] tri, int bs) {
            this.tri = tri;
            this.bs = bs;
            int nodes = xy.length / 2;
            int[] first = new int[nodes + 1];
            for (int v : tri) {
                first[v + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                first[v + 1] += first[v];
            }
            int[] next = Arrays.copyOf(first, nodes);
            int[] incident = new int[tri.length];
            for (int k = 0; k < tri.length; k++) {
                incident[next[tri[k]]++] = k / 3;
            }
            int[][] nbr = new int[nodes][];
            long nnz = 0;
            int[] buf = new int[64];
            for (int v = 0; v < nodes; v++) {
                int cnt = 0;
                for (int q = first[v]; q < first[v + 1]; q++) {
                    for (int c = 0; c < 3; c++) {
                        if (cnt == buf.length) {
                            buf = Arrays.copyOf(buf, 2 * cnt);
                        }
                        buf[cnt++] = tri[3 * incident[q] + c];
                    }
                }
                Arrays.sort(buf, 0, cnt);
                int u = 0;
                for (int q = 0; q < cnt; q++) {
                    if (u == 0 || buf[q] != buf[u - 1]) {
                        buf[u++] = buf[q];
                    }
                }
                nbr[v] = Arrays.copyOf(buf, u);
                nnz += (long) u * bs * bs;
            }
            int n = nodes * bs;
            int[] rowPtr = new int[n + 1];
            int[] col = new int[Math.toIntExact(nnz)];
            int p = 0;
            for (int v = 0; v < nodes; v++) {
                for (int r = 0; r < bs; r++) {
                    for (int w : nbr[v]) {
                        for (int c = 0; c < bs; c++) {
                            col[p++] = bs * w + c;
                        }
                    }
                    rowPtr[bs * v + r + 1] = p;
                }
            }
            matrix = new CsrMatrix(n, n, rowPtr, col, new double[col.length]);
            rhs = new double[n];
        }

        /** Adds the dense element matrix ke (row-major, 3 bs square) of triangle e. */
        void add(int e, double[] ke) {
            int m = 3 * bs;
            double[] val = matrix.values();
            for (int a = 0; a < m; a++) {
                int row = bs * tri[3 * e + a / bs] + a % bs;
                for (int b = 0; b < m; b++) {
                    int column = bs * tri[3 * e + b / bs] + b % bs;
                    val[matrix.slot(row, column)] += ke[m * a + b];
                }
            }
        }

        /** Imposes u = 0 on the flagged dofs by identity rows and columns (entries kept as zeros). */
        void fix(boolean[] fixed) {
            int[] rp = matrix.rowPtr();
            int[] ci = matrix.colIndex();
            double[] val = matrix.values();
            for (int i = 0; i < matrix.rows(); i++) {
                for (int k = rp[i]; k < rp[i + 1]; k++) {
                    if (fixed[i] || fixed[ci[k]]) {
                        val[k] = ci[k] == i ? 1.0 : 0.0;
                    }
                }
                if (fixed[i]) {
                    rhs[i] = 0.0;
                }
            }
        }
    }
}
