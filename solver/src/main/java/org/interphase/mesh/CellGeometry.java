package org.interphase.mesh;

import java.util.Arrays;

/**
 * Geometry of one Lagrange simplex (line, triangle or tetrahedron; straight order 1 or curved order 2)
 * computed from its nodes: the Jacobian x = sum_i x_i N_i(xi) at barycentric points, its determinant,
 * the measure by quadrature (exact for the polynomial det J of cells), vertex edge lengths, the vertex
 * radius-ratio quality and the centroid. Element types have their {@link ElementType} (VTK) node order.
 *
 * <p>Quadrature: 3-point Gauss on lines, Dunavant's 6-point degree-4 rule on triangles and Keast's
 * 5-point degree-3 rule on tetrahedra (D.A. Dunavant, IJNME 21 (1985) 1129; P. Keast, CMAME 55 (1986)
 * 339). An instance holds scratch arrays; use one per thread.
 */
final class CellGeometry {

    private static final int[][] LINE_EDGES = {{0, 1}};
    private static final int[][] TRI_EDGES = {{0, 1}, {1, 2}, {2, 0}};
    private static final int[][] TET_EDGES = {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {1, 3}, {2, 3}};

    private static final double GA = 0.5 * Math.sqrt(0.6);
    /** Barycentric points with the weight last; weights sum to the reference measure (1, 1/2, 1/6). */
    private static final double[][] LINE_RULE = {
        {0.5, 0.5, 4.0 / 9.0}, {0.5 + GA, 0.5 - GA, 5.0 / 18.0}, {0.5 - GA, 0.5 + GA, 5.0 / 18.0}};
    private static final double[][] TRI_RULE = triangleRule();
    private static final double[][] TET_RULE = tetrahedronRule();

    private static final double TA = 0.5854101966249685;
    private static final double TB = 0.1381966011250105;
    /** Where det J of a quadratic cell is checked: the vertices, then degree-2 quadrature points. */
    private static final double[][] TRI6_CHECK = {
        {1, 0, 0}, {0, 1, 0}, {0, 0, 1},
        {2.0 / 3, 1.0 / 6, 1.0 / 6}, {1.0 / 6, 2.0 / 3, 1.0 / 6}, {1.0 / 6, 1.0 / 6, 2.0 / 3}};
    private static final double[][] TET10_CHECK = {
        {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1},
        {TA, TB, TB, TB}, {TB, TA, TB, TB}, {TB, TB, TA, TB}, {TB, TB, TB, TA}};
    private static final double[][] TRI3_CHECK = {{1.0 / 3, 1.0 / 3, 1.0 / 3}};
    private static final double[][] TET4_CHECK = {{0.25, 0.25, 0.25, 0.25}};

    private final ElementType type;
    private final int sdim;
    private final int tdim;
    private final int nn;
    private final double[] coords;
    private final int[] conn;
    private final int[][] edges;
    private final double[] x;
    private final double[] jac;
    /** Shape-function gradients dN_i/dxi_k at [i * tdim + k], per check point and per quadrature point. */
    private final double[][] checkGrads;
    private final double[][] ruleGrads;
    private final double[][] rule;

    /**
     * @param type     (Input) element type of the connectivity.
     * @param spaceDim (Input) coordinates per node in {@code coords}.
     * @param coords   (Input) packed node coordinates. Not modified.
     * @param conn     (Input) packed connectivity, type.nodes() per element. Not modified.
     */
    CellGeometry(ElementType type, int spaceDim, double[] coords, int[] conn) {
        this.type = type;
        this.sdim = spaceDim;
        this.tdim = type.dim();
        this.nn = type.nodes();
        this.coords = coords;
        this.conn = conn;
        this.edges = edges(type);
        this.x = new double[nn * spaceDim];
        this.jac = new double[spaceDim * Math.max(1, tdim)];
        this.rule = tdim == 1 ? LINE_RULE : tdim == 2 ? TRI_RULE : TET_RULE;
        this.ruleGrads = gradients(rule);
        this.checkGrads = tdim < 2 ? new double[0][] : gradients(tdim == 2
                ? (type.order() == 1 ? TRI3_CHECK : TRI6_CHECK) : (type.order() == 1 ? TET4_CHECK : TET10_CHECK));
    }

    /** @return the cells of {@code m}, ready for {@link #load}. */
    static CellGeometry cells(Mesh m) {
        return new CellGeometry(m.cellType(), m.dim(), m.coords(), m.cells());
    }

    /** @return the tagged facets of {@code m}, ready for {@link #load}. */
    static CellGeometry facets(Mesh m) {
        return new CellGeometry(m.facetType(), m.dim(), m.coords(), m.facets());
    }

    /** @return the vertex pairs of the edges of {@code t}, in the order of its edge nodes. */
    static int[][] edges(ElementType t) {
        switch (t.dim()) {
            case 1: return LINE_EDGES;
            case 2: return TRI_EDGES;
            case 3: return TET_EDGES;
            default: return new int[0][];
        }
    }

    /** Gathers the coordinates of element {@code e}. */
    void load(int e) {
        int base = e * nn;
        for (int i = 0; i < nn; i++) {
            System.arraycopy(coords, conn[base + i] * sdim, x, i * sdim, sdim);
        }
    }

    /** @return coordinate {@code d} of local node {@code i} of the loaded element. */
    double x(int i, int d) {
        return x[i * sdim + d];
    }

    /** @return dL_v / dxi_k for barycentric L_0 = 1 - sum xi, L_{k+1} = xi_k. */
    private static double gradL(int v, int k) {
        return v == 0 ? -1.0 : (v - 1 == k ? 1.0 : 0.0);
    }

    /** @return per barycentric point, the gradients dN_i/dxi_k at [i * tdim + k]. */
    private double[][] gradients(double[][] points) {
        double[][] out = new double[points.length][nn * tdim];
        for (int q = 0; q < points.length; q++) {
            double[] lam = points[q];
            double[] g = out[q];
            for (int v = 0; v <= tdim; v++) {
                double f = type.order() == 1 ? 1.0 : 4.0 * lam[v] - 1.0;
                for (int k = 0; k < tdim; k++) {
                    g[v * tdim + k] = f * gradL(v, k);
                }
            }
            if (type.order() == 2) {
                for (int e = 0; e < edges.length; e++) {
                    int a = edges[e][0];
                    int b = edges[e][1];
                    for (int k = 0; k < tdim; k++) {
                        g[(tdim + 1 + e) * tdim + k] = 4.0 * (lam[a] * gradL(b, k) + lam[b] * gradL(a, k));
                    }
                }
            }
        }
        return out;
    }

    /** Fills {@code jac[d * tdim + k] = dx_d / dxi_k} from the gradients {@code g} of one point. */
    private void jacobian(double[] g) {
        if (type.order() == 1) {
            for (int k = 0; k < tdim; k++) {
                for (int d = 0; d < sdim; d++) {
                    jac[d * tdim + k] = x(k + 1, d) - x(0, d);
                }
            }
            return;
        }
        if (tdim == 2 && sdim == 2) {
            double j00 = 0.0;
            double j01 = 0.0;
            double j10 = 0.0;
            double j11 = 0.0;
            for (int i = 0; i < nn; i++) {
                double g0 = g[2 * i];
                double g1 = g[2 * i + 1];
                j00 += x[2 * i] * g0;
                j01 += x[2 * i] * g1;
                j10 += x[2 * i + 1] * g0;
                j11 += x[2 * i + 1] * g1;
            }
            jac[0] = j00;
            jac[1] = j01;
            jac[2] = j10;
            jac[3] = j11;
            return;
        }
        if (tdim == 3) {
            jacobian3(g);
            return;
        }
        Arrays.fill(jac, 0.0);
        for (int i = 0; i < nn; i++) {
            for (int d = 0; d < sdim; d++) {
                double xi = x[i * sdim + d];
                for (int k = 0; k < tdim; k++) {
                    jac[d * tdim + k] += xi * g[i * tdim + k];
                }
            }
        }
    }

    private void jacobian3(double[] g) {
        double j00 = 0.0;
        double j01 = 0.0;
        double j02 = 0.0;
        double j10 = 0.0;
        double j11 = 0.0;
        double j12 = 0.0;
        double j20 = 0.0;
        double j21 = 0.0;
        double j22 = 0.0;
        for (int i = 0; i < nn; i++) {
            double g0 = g[3 * i];
            double g1 = g[3 * i + 1];
            double g2 = g[3 * i + 2];
            double xi = x[3 * i];
            double yi = x[3 * i + 1];
            double zi = x[3 * i + 2];
            j00 += xi * g0;
            j01 += xi * g1;
            j02 += xi * g2;
            j10 += yi * g0;
            j11 += yi * g1;
            j12 += yi * g2;
            j20 += zi * g0;
            j21 += zi * g1;
            j22 += zi * g2;
        }
        jac[0] = j00;
        jac[1] = j01;
        jac[2] = j02;
        jac[3] = j10;
        jac[4] = j11;
        jac[5] = j12;
        jac[6] = j20;
        jac[7] = j21;
        jac[8] = j22;
    }

    /** @return det J at the point with gradients {@code g} (cells: topological = spatial dimension). */
    private double detJ(double[] g) {
        jacobian(g);
        if (tdim == 1) {
            return jac[0];
        }
        if (tdim == 2) {
            return jac[0] * jac[3] - jac[1] * jac[2];
        }
        return jac[0] * (jac[4] * jac[8] - jac[5] * jac[7]) - jac[1] * (jac[3] * jac[8] - jac[5] * jac[6])
                + jac[2] * (jac[3] * jac[7] - jac[4] * jac[6]);
    }

    /** @return the surface element sqrt(det(J^T J)) at the point with gradients {@code g} (facets). */
    private double gram(double[] g) {
        jacobian(g);
        if (tdim == 1) {
            double s = 0.0;
            for (int d = 0; d < sdim; d++) {
                s += jac[d] * jac[d];
            }
            return Math.sqrt(s);
        }
        double cx = jac[2] * jac[5] - jac[4] * jac[3];
        double cy = jac[4] * jac[1] - jac[0] * jac[5];
        double cz = jac[0] * jac[3] - jac[2] * jac[1];
        return Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /**
     * @return the length, area or volume of the loaded element; signed (negative when inverted) for
     *         cells, unsigned for facets.
     */
    double measure() {
        boolean cell = tdim == sdim;
        if (type.order() == 1 && cell) {
            return detJ(checkGrads[0]) / (tdim == 2 ? 2.0 : 6.0);
        }
        double s = 0.0;
        for (int q = 0; q < rule.length; q++) {
            s += rule[q][tdim + 1] * (cell ? detJ(ruleGrads[q]) : gram(ruleGrads[q]));
        }
        return s;
    }

    /**
     * @return the minimum of det J over the vertices (and, for quadratic cells, degree-2 quadrature
     *         points), divided by the longest vertex edge to the power dim: about 0.87 for an equilateral
     *         triangle, 0.71 for a regular tetrahedron, negative when inverted, 0 when collapsed.
     */
    double minScaledDet() {
        double h = maxEdge();
        if (!(h > 0.0)) {
            return 0.0;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double[] g : checkGrads) {
            min = Math.min(min, detJ(g));
        }
        return min / Math.pow(h, tdim);
    }

    private double edgeLength(int a, int b) {
        double s = 0.0;
        for (int d = 0; d < sdim; d++) {
            double t = x(a, d) - x(b, d);
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** @return the shortest straight vertex-to-vertex edge of the loaded element. */
    double minEdge() {
        double m = Double.POSITIVE_INFINITY;
        for (int[] e : edges) {
            m = Math.min(m, edgeLength(e[0], e[1]));
        }
        return m;
    }

    /** @return the longest straight vertex-to-vertex edge of the loaded element. */
    double maxEdge() {
        double m = 0.0;
        for (int[] e : edges) {
            m = Math.max(m, edgeLength(e[0], e[1]));
        }
        return m;
    }

    /**
     * @return the radius ratio dim * r_in / R_circ of the vertex simplex of the loaded cell, in [0, 1]: 1 for
     *         the equilateral triangle and the regular tetrahedron, 0 when degenerate or inverted.
     */
    double quality() {
        if (tdim == 2) {
            double a = edgeLength(1, 2);
            double b = edgeLength(2, 0);
            double c = edgeLength(0, 1);
            double area = 0.5 * ((x(1, 0) - x(0, 0)) * (x(2, 1) - x(0, 1)) - (x(2, 0) - x(0, 0)) * (x(1, 1) - x(0, 1)));
            double den = (a + b + c) * a * b * c;
            return area > 0.0 && den > 0.0 ? Math.min(1.0, 16.0 * area * area / den) : 0.0;
        }
        double vol = signedVertexVolume();
        double s = faceArea(1, 2, 3) + faceArea(0, 3, 2) + faceArea(0, 1, 3) + faceArea(0, 2, 1);
        double p1 = edgeLength(0, 1) * edgeLength(2, 3);
        double p2 = edgeLength(1, 2) * edgeLength(0, 3);
        double p3 = edgeLength(2, 0) * edgeLength(1, 3);
        double prod = (p1 + p2 + p3) * (p1 + p2 - p3) * (p1 - p2 + p3) * (-p1 + p2 + p3);
        if (!(vol > 0.0) || !(prod > 0.0) || !(s > 0.0)) {
            return 0.0;
        }
        return Math.min(1.0, 216.0 * vol * vol / (s * Math.sqrt(prod)));
    }

    private double signedVertexVolume() {
        double ax = x(1, 0) - x(0, 0);
        double ay = x(1, 1) - x(0, 1);
        double az = x(1, 2) - x(0, 2);
        double bx = x(2, 0) - x(0, 0);
        double by = x(2, 1) - x(0, 1);
        double bz = x(2, 2) - x(0, 2);
        double cx = x(3, 0) - x(0, 0);
        double cy = x(3, 1) - x(0, 1);
        double cz = x(3, 2) - x(0, 2);
        return (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6.0;
    }

    private double faceArea(int a, int b, int c) {
        double ux = x(b, 0) - x(a, 0);
        double uy = x(b, 1) - x(a, 1);
        double uz = x(b, 2) - x(a, 2);
        double vx = x(c, 0) - x(a, 0);
        double vy = x(c, 1) - x(a, 1);
        double vz = x(c, 2) - x(a, 2);
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
    }

    /**
     * @param out (Output) the mean of the loaded element's vertices, sdim values.
     */
    void centroid(double[] out) {
        int nv = tdim + 1;
        for (int d = 0; d < sdim; d++) {
            double s = 0.0;
            for (int v = 0; v < nv; v++) {
                s += x(v, d);
            }
            out[d] = s / nv;
        }
    }

    private static double[][] triangleRule() {
        double[][] groups = {
            {0.445948490915965, 0.108103018168070, 0.223381589678011},
            {0.091576213509771, 0.816847572980459, 0.109951743655322}};
        double[][] rule = new double[6][];
        int k = 0;
        for (double[] g : groups) {
            double a = g[0];
            double b = g[1];
            double w = 0.5 * g[2];
            rule[k++] = new double[] {b, a, a, w};
            rule[k++] = new double[] {a, b, a, w};
            rule[k++] = new double[] {a, a, b, w};
        }
        return rule;
    }

    private static double[][] tetrahedronRule() {
        double w = 9.0 / 20.0 / 6.0;
        double a = 0.5;
        double b = 1.0 / 6.0;
        return new double[][] {
            {0.25, 0.25, 0.25, 0.25, -4.0 / 5.0 / 6.0},
            {a, b, b, b, w}, {b, a, b, b, w}, {b, b, a, b, w}, {b, b, b, a, w}};
    }
}
