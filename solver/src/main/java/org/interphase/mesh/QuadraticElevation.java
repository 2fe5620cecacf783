package org.interphase.mesh;

import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * Elevates a linear mesh (TRI3, TET4) to the straight-sided quadratic one (TRI6, TET10): one new node
 * at the midpoint of every edge, shared by all cells around the edge. Vertex nodes keep their numbers;
 * edge nodes follow, numbered in order of first appearance (cells in order, local edges in
 * {@link ElementType} order). Tagged facets become LINE3 or TRI6 on the same edge nodes.
 */
public final class QuadraticElevation {

    private QuadraticElevation() {
    }

    /**
     * @param linear (Input) a mesh of TRI3 or TET4 cells. Not modified.
     * @return the quadratic mesh with the same regions and facet groups; its node count is the vertex count
     *         plus the edge count.
     * @throws InputException when a tagged facet is not a side of any cell.
     */
    public static Mesh elevate(Mesh linear) {
        ElementType lt = linear.cellType();
        Checks.verify(lt.order() == 1, "mesh %s is already of order %d", linear.source(), lt.order());
        int dim = linear.dim();
        int nv = linear.nodeCount();
        MeshTopology.Edges edges = MeshTopology.edges(linear);
        int[][] local = CellGeometry.edges(lt);
        int ne = local.length;
        ElementType qt = ElementType.cell(dim, 2);
        int qn = qt.nodes();
        int lv = lt.nodes();
        double[] x = linear.coords();
        double[] coords = new double[(nv + edges.count) * dim];
        System.arraycopy(x, 0, coords, 0, nv * dim);
        int[] conn = linear.cells();
        int[] cells = new int[linear.cellCount() * qn];
        for (int c = 0; c < linear.cellCount(); c++) {
            System.arraycopy(conn, c * lv, cells, c * qn, lv);
            for (int k = 0; k < ne; k++) {
                int node = nv + edges.cellEdges[c * ne + k];
                cells[c * qn + lv + k] = node;
                int a = conn[c * lv + local[k][0]];
                int b = conn[c * lv + local[k][1]];
                for (int d = 0; d < dim; d++) {
                    coords[node * dim + d] = 0.5 * (x[a * dim + d] + x[b * dim + d]);
                }
            }
        }
        ElementType lf = linear.facetType();
        ElementType qf = qt.facetType();
        int[][] facetEdges = CellGeometry.edges(lf);
        int lfn = lf.nodes();
        int qfn = qf.nodes();
        int[] lfacets = linear.facets();
        int[] facets = new int[linear.facetCount() * qfn];
        for (int f = 0; f < linear.facetCount(); f++) {
            System.arraycopy(lfacets, f * lfn, facets, f * qfn, lfn);
            for (int k = 0; k < facetEdges.length; k++) {
                int a = lfacets[f * lfn + facetEdges[k][0]];
                int b = lfacets[f * lfn + facetEdges[k][1]];
                int e = edges.find(a, b);
                if (e < 0) {
                    throw InputException.of("Mesh %s: tagged facet %d (nodes %d and %d) is not a side of any cell, "
                            + "so it cannot be elevated to order 2; fix the facet groups of the mesh", linear.source(),
                            f, a, b);
                }
                facets[f * qfn + lfn + k] = nv + e;
            }
        }
        return new Mesh(linear.source() + ", order 2", dim, coords, qt, cells, linear.cellRegions(),
                linear.regions(), facets, linear.facetTags(), linear.facetGroups());
    }
}
