package org.interphase.fe;

import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * Geometry of a tagged facet at quadrature points: physical coordinates, surface measure times weight,
 * and the unit normal pointing out of the adjacent cell. Facet shape functions are the facet type's
 * Lagrange basis on the facet's own nodes (the trace of the cell basis). One instance per thread.
 */
public final class FacetValues {

    private final Mesh mesh;
    private final FacetCells adjacency;
    private final ElementTables tables;
    private final int dim;
    private final int n;
    private final int nq;
    private final double[] jxw;
    private final double[] x;
    private final double[] normal;
    private final int[] nodes;
    private final double[] centroid;

    public FacetValues(Mesh mesh, FacetCells adjacency, int degree) {
        this.mesh = mesh;
        this.adjacency = adjacency;
        ElementType ft = mesh.facetType();
        this.tables = ElementTables.of(ft, degree);
        this.dim = mesh.dim();
        this.n = ft.nodes();
        this.nq = tables.nq();
        this.jxw = new double[nq];
        this.x = new double[nq * dim];
        this.normal = new double[nq * dim];
        this.nodes = new int[n];
        this.centroid = new double[dim];
    }

    /** Computes the geometry of tagged facet {@code f}. */
    public void reinit(int f) {
        int[] facets = mesh.facets();
        double[] coords = mesh.coords();
        for (int a = 0; a < n; a++) {
            nodes[a] = facets[f * n + a];
        }
        int cell = adjacency.cell(f);
        int cn = mesh.cellType().nodes();
        java.util.Arrays.fill(centroid, 0.0);
        for (int a = 0; a < mesh.cellType().vertices(); a++) {
            int node = mesh.cells()[cell * cn + a];
            for (int d = 0; d < dim; d++) {
                centroid[d] += coords[node * dim + d] / mesh.cellType().vertices();
            }
        }
        int fd = dim - 1;
        double[] rg = tables.refGrads();
        double[] w = tables.rule().weights();
        double[] t = new double[dim * 2];
        for (int q = 0; q < nq; q++) {
            java.util.Arrays.fill(t, 0.0);
            for (int d = 0; d < dim; d++) {
                double s = 0;
                for (int a = 0; a < n; a++) {
                    double xa = coords[nodes[a] * dim + d];
                    s += tables.value(q, a) * xa;
                    for (int e = 0; e < fd; e++) {
                        t[e * dim + d] += xa * rg[(q * n + a) * fd + e];
                    }
                }
                x[q * dim + d] = s;
            }
            double nx;
            double ny;
            double nz = 0;
            if (dim == 2) {
                nx = t[1];
                ny = -t[0];
            } else {
                nx = t[1] * t[5] - t[2] * t[4];
                ny = t[2] * t[3] - t[0] * t[5];
                nz = t[0] * t[4] - t[1] * t[3];
            }
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            double out = (x[q * dim] - centroid[0]) * nx + (x[q * dim + 1] - centroid[1]) * ny
                    + (dim == 3 ? (x[q * dim + 2] - centroid[2]) * nz : 0.0);
            double sign = out >= 0 ? 1.0 : -1.0;
            normal[q * dim] = sign * nx / len;
            normal[q * dim + 1] = sign * ny / len;
            if (dim == 3) {
                normal[q * dim + 2] = sign * nz / len;
            }
            jxw[q] = len * w[q];
        }
    }

    public int n() {
        return n;
    }

    public int nq() {
        return nq;
    }

    public int dim() {
        return dim;
    }

    /** @return mesh node of facet basis function a. */
    public int node(int a) {
        return nodes[a];
    }

    public double jxw(int q) {
        return jxw[q];
    }

    public double shape(int q, int a) {
        return tables.value(q, a);
    }

    public double x(int q, int d) {
        return x[q * dim + d];
    }

    /** @return component d of the outward unit normal at point q. */
    public double normal(int q, int d) {
        return normal[q * dim + d];
    }
}
