package org.interphase.fe;

import org.interphase.core.InputException;
import org.interphase.mesh.Mesh;

/**
 * Per-cell geometry at quadrature points: physical coordinates, Jacobian determinant times weight, and
 * physical shape gradients (deal.II's FEValues). One instance per thread; {@link #reinit} fills it for
 * a cell. Isoparametric: the geometry uses the cell's own nodes and basis.
 */
public final class CellValues {

    private final Mesh mesh;
    private final ElementTables tables;
    private final int dim;
    private final int n;
    private final int nq;
    private final double[] jxw;
    private final double[] detJ;
    private final double[] grads;
    private final double[] x;
    private final double[] nodeX;
    private final int[] nodes;
    private final double[] jac = new double[9];
    private final double[] inv = new double[9];
    private int cell = -1;

    public CellValues(Mesh mesh, ElementTables tables) {
        if (tables.type() != mesh.cellType()) {
            throw new IllegalArgumentException("tables for " + tables.type() + " on a mesh of " + mesh.cellType());
        }
        this.mesh = mesh;
        this.tables = tables;
        this.dim = mesh.dim();
        this.n = tables.n();
        this.nq = tables.nq();
        this.jxw = new double[nq];
        this.detJ = new double[nq];
        this.grads = new double[nq * n * dim];
        this.x = new double[nq * dim];
        this.nodeX = new double[n * dim];
        this.nodes = new int[n];
    }

    /**
     * Computes geometry for {@code c}.
     *
     * @throws InputException if the Jacobian is not positive at a quadrature point (inverted cell).
     */
    public void reinit(int c) {
        cell = c;
        double[] coords = mesh.coords();
        int[] conn = mesh.cells();
        for (int a = 0; a < n; a++) {
            int node = conn[c * n + a];
            nodes[a] = node;
            for (int d = 0; d < dim; d++) {
                nodeX[a * dim + d] = coords[node * dim + d];
            }
        }
        double[] val = tables.values();
        double[] rg = tables.refGrads();
        double[] w = tables.rule().weights();
        for (int q = 0; q < nq; q++) {
            java.util.Arrays.fill(jac, 0, dim * dim, 0.0);
            for (int d = 0; d < dim; d++) {
                x[q * dim + d] = 0.0;
            }
            for (int a = 0; a < n; a++) {
                double na = val[q * n + a];
                for (int d = 0; d < dim; d++) {
                    double xa = nodeX[a * dim + d];
                    x[q * dim + d] += na * xa;
                    for (int e = 0; e < dim; e++) {
                        jac[d * dim + e] += xa * rg[(q * n + a) * dim + e];
                    }
                }
            }
            double det = Jacobians.invert(dim, jac, inv);
            if (!(det > 0)) {
                throw InputException.of("cell %d of mesh %s has a non-positive Jacobian (%.3g) near (%s): the "
                        + "element is inverted or degenerate; fix the mesh", c, mesh.source(), det, point(q));
            }
            detJ[q] = det;
            jxw[q] = det * w[q];
            for (int a = 0; a < n; a++) {
                int base = (q * n + a) * dim;
                for (int d = 0; d < dim; d++) {
                    double s = 0.0;
                    for (int e = 0; e < dim; e++) {
                        s += rg[base + e] * inv[e * dim + d];
                    }
                    grads[base + d] = s;
                }
            }
        }
    }

    private String point(int q) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < dim; d++) {
            if (d > 0) {
                sb.append(", ");
            }
            sb.append(String.format(java.util.Locale.ROOT, "%.6g", x[q * dim + d]));
        }
        return sb.toString();
    }

    /** @return the cell last passed to reinit. */
    public int cell() {
        return cell;
    }

    public int dim() {
        return dim;
    }

    /** @return number of basis functions. */
    public int n() {
        return n;
    }

    /** @return number of quadrature points. */
    public int nq() {
        return nq;
    }

    /** @return mesh node of local basis function a. */
    public int node(int a) {
        return nodes[a];
    }

    /** @return |J| w at point q. */
    public double jxw(int q) {
        return jxw[q];
    }

    /** @return value of basis function a at point q. */
    public double shape(int q, int a) {
        return tables.value(q, a);
    }

    /** @return physical derivative d/dx_d of basis function a at point q. */
    public double grad(int q, int a, int d) {
        return grads[(q * n + a) * dim + d];
    }

    /** @return physical coordinate d of point q. */
    public double x(int q, int d) {
        return x[q * dim + d];
    }

    /** @return packed physical gradients [(q * n + a) * dim + d]. Not a copy. */
    public double[] grads() {
        return grads;
    }

    /** @return packed shape values [q * n + a]. Not a copy. */
    public double[] values() {
        return tables.values();
    }

    /** @return the tables this object evaluates. */
    public ElementTables tables() {
        return tables;
    }

    /** @return the cell measure (area or volume) from the quadrature. */
    public double measure() {
        double s = 0;
        for (int q = 0; q < nq; q++) {
            s += jxw[q];
        }
        return s;
    }
}
