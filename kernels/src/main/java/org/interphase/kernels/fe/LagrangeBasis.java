package org.interphase.kernels.fe;

/**
 * Lagrange shape functions of order 1 and 2 on the reference line, triangle and tetrahedron, in
 * VTK node order (vertices, then edge midpoints):
 *
 * <pre>
 * line3: 2 = mid(0,1)
 * tri6:  3 = mid(0,1), 4 = mid(1,2), 5 = mid(2,0)
 * tet10: 4 = mid(0,1), 5 = mid(1,2), 6 = mid(2,0), 7 = mid(0,3), 8 = mid(1,3), 9 = mid(2,3)
 * </pre>
 *
 * Written with barycentric coordinates L0 = 1 - sum(x), L_i = x_{i-1}: vertex functions L (order 1) or
 * L (2L - 1) (order 2), edge functions 4 L_a L_b.
 */
public final class LagrangeBasis {

    private static final int[][] TRI_EDGES = {{0, 1}, {1, 2}, {2, 0}};
    private static final int[][] TET_EDGES = {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {1, 3}, {2, 3}};

    private LagrangeBasis() {
    }

    /** @return number of basis functions on the simplex of dimension {@code dim} and order {@code order}. */
    public static int size(int dim, int order) {
        int v = dim + 1;
        return order == 1 ? v : v + edges(dim).length;
    }

    /** @return the vertex pairs of the simplex edges, in midpoint-node order. */
    public static int[][] edges(int dim) {
        switch (dim) {
            case 1: return new int[][] {{0, 1}};
            case 2: return TRI_EDGES;
            case 3: return TET_EDGES;
            default: throw new IllegalArgumentException("no simplex of dimension " + dim);
        }
    }

    /** @return reference coordinates of the nodes, packed dim per node, in basis order. */
    public static double[] nodes(int dim, int order) {
        int n = size(dim, order);
        double[] vx = new double[(dim + 1) * dim];
        for (int v = 1; v <= dim; v++) {
            vx[v * dim + v - 1] = 1.0;
        }
        double[] out = new double[n * dim];
        System.arraycopy(vx, 0, out, 0, vx.length);
        if (order == 2) {
            int[][] e = edges(dim);
            for (int k = 0; k < e.length; k++) {
                for (int d = 0; d < dim; d++) {
                    out[(dim + 1 + k) * dim + d] = 0.5 * (vx[e[k][0] * dim + d] + vx[e[k][1] * dim + d]);
                }
            }
        }
        return out;
    }

    /**
     * Values and reference gradients at one reference point.
     *
     * @param dim    (Input) 1, 2 or 3.
     * @param order  (Input) 1 or 2.
     * @param xi     (Input) reference coordinates (dim values). Not modified.
     * @param values (Output) size(dim, order) values, or null.
     * @param grads  (Output) size(dim, order) * dim gradients (basis-major), or null.
     */
    public static void evaluate(int dim, int order, double[] xi, double[] values, double[] grads) {
        if (order != 1 && order != 2) {
            throw new IllegalArgumentException("Lagrange order must be 1 or 2, got " + order);
        }
        int v = dim + 1;
        double[] lam = new double[v];
        double[] dlam = new double[v * dim];
        lam[0] = 1.0;
        for (int d = 0; d < dim; d++) {
            lam[0] -= xi[d];
            lam[d + 1] = xi[d];
            dlam[d] = -1.0;
            dlam[(d + 1) * dim + d] = 1.0;
        }
        if (order == 1) {
            for (int a = 0; a < v; a++) {
                if (values != null) {
                    values[a] = lam[a];
                }
                if (grads != null) {
                    System.arraycopy(dlam, a * dim, grads, a * dim, dim);
                }
            }
            return;
        }
        for (int a = 0; a < v; a++) {
            if (values != null) {
                values[a] = lam[a] * (2 * lam[a] - 1);
            }
            if (grads != null) {
                for (int d = 0; d < dim; d++) {
                    grads[a * dim + d] = (4 * lam[a] - 1) * dlam[a * dim + d];
                }
            }
        }
        int[][] e = edges(dim);
        for (int k = 0; k < e.length; k++) {
            int i = e[k][0];
            int j = e[k][1];
            int a = v + k;
            if (values != null) {
                values[a] = 4 * lam[i] * lam[j];
            }
            if (grads != null) {
                for (int d = 0; d < dim; d++) {
                    grads[a * dim + d] = 4 * (dlam[i * dim + d] * lam[j] + lam[i] * dlam[j * dim + d]);
                }
            }
        }
    }

    /**
     * Tabulates values and reference gradients at every point of a rule.
     *
     * @return {values[q * n + a], grads[(q * n + a) * dim + d]}.
     */
    public static double[][] tabulate(int dim, int order, QuadratureRule rule) {
        int n = size(dim, order);
        int nq = rule.size();
        double[] val = new double[nq * n];
        double[] grad = new double[nq * n * dim];
        double[] xi = new double[dim];
        double[] v = new double[n];
        double[] g = new double[n * dim];
        for (int q = 0; q < nq; q++) {
            System.arraycopy(rule.points(), q * dim, xi, 0, dim);
            evaluate(dim, order, xi, v, g);
            System.arraycopy(v, 0, val, q * n, n);
            System.arraycopy(g, 0, grad, q * n * dim, n * dim);
        }
        return new double[][] {val, grad};
    }
}
