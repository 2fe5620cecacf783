package org.interphase.mesh;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.interphase.core.Checks;

/**
 * Seeded random perturbation of the interior vertices of a mesh, for patch tests (an affine field must
 * stay exact on a distorted mesh). Vertices on a tagged facet, on the mesh boundary or on the bounding
 * box do not move; every other vertex moves by a uniform random offset whose components are at most
 * fraction / sqrt(dim) of its shortest incident edge. Edge nodes of quadratic cells next to a moved vertex
 * are put at the midpoint of their edge's vertices. Cells whose scaled Jacobian
 * ({@link MeshChecks#scaledJacobians}) falls below {@link #KEEP} of its old value get their vertices
 * moved back, repeatedly, so the result is always a valid mesh.
 */
public final class MeshDistortion {

    /** A moved cell keeps at least this fraction of its scaled Jacobian. */
    public static final double KEEP = 0.25;

    private MeshDistortion() {
    }

    /**
     * @param m        (Input) the mesh. Not modified.
     * @param fraction (Input) the largest offset as a fraction of the local shortest edge, in [0, 1).
     * @param seed     (Input) random seed; equal seeds give equal meshes.
     * @return a mesh with the same cells, groups and boundary nodes and moved interior vertices.
     */
    public static Mesh perturbInterior(Mesh m, double fraction, long seed) {
        Checks.verify(fraction >= 0.0 && fraction < 1.0, "distortion fraction must be in [0, 1), got %s", fraction);
        int dim = m.dim();
        int n = m.nodeCount();
        ElementType t = m.cellType();
        int nn = t.nodes();
        int nv = t.vertices();
        int[] conn = m.cells();
        double[] x0 = m.coords();
        boolean[] fixed = MeshTopology.boundaryNodes(m);
        for (int v : m.facets()) {
            fixed[v] = true;
        }
        fixBoundingBox(m, fixed);
        boolean[] vertex = new boolean[n];
        double[] h = new double[n];
        Arrays.fill(h, Double.POSITIVE_INFINITY);
        int[][] local = CellGeometry.edges(t);
        for (int c = 0; c < m.cellCount(); c++) {
            for (int[] e : local) {
                int a = conn[c * nn + e[0]];
                int b = conn[c * nn + e[1]];
                vertex[a] = true;
                vertex[b] = true;
                double len = 0.0;
                for (int d = 0; d < dim; d++) {
                    len += (x0[a * dim + d] - x0[b * dim + d]) * (x0[a * dim + d] - x0[b * dim + d]);
                }
                len = Math.sqrt(len);
                h[a] = Math.min(h[a], len);
                h[b] = Math.min(h[b], len);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] offset = new double[n * dim];
        double scale = fraction / Math.sqrt(dim);
        for (int p = 0; p < n; p++) {
            if (vertex[p] && !fixed[p]) {
                for (int d = 0; d < dim; d++) {
                    offset[p * dim + d] = scale * h[p] * random.nextDouble(-1.0, 1.0);
                }
            }
        }
        double[] before = MeshChecks.scaledJacobians(m);
        while (true) {
            Mesh moved = moved(m, offset, nv);
            double[] after = MeshChecks.scaledJacobians(moved);
            boolean reverted = false;
            for (int c = 0; c < after.length; c++) {
                if (after[c] < KEEP * before[c]) {
                    for (int v = 0; v < nv; v++) {
                        int p = conn[c * nn + v];
                        for (int d = 0; d < dim; d++) {
                            reverted |= offset[p * dim + d] != 0.0;
                            offset[p * dim + d] = 0.0;
                        }
                    }
                }
            }
            if (!reverted) {
                return moved;
            }
        }
    }

    private static void fixBoundingBox(Mesh m, boolean[] fixed) {
        int dim = m.dim();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        MeshChecks.boundingBox(m, lo, hi);
        double diag = 0.0;
        for (int d = 0; d < dim; d++) {
            diag += (hi[d] - lo[d]) * (hi[d] - lo[d]);
        }
        double tol = 1e-12 * Math.sqrt(diag);
        for (int p = 0; p < m.nodeCount(); p++) {
            for (int d = 0; d < dim; d++) {
                double v = m.x(p, d);
                fixed[p] |= v - lo[d] <= tol || hi[d] - v <= tol;
            }
        }
    }

    private static Mesh moved(Mesh m, double[] offset, int nv) {
        int dim = m.dim();
        double[] x = m.coords().clone();
        boolean[] moved = new boolean[m.nodeCount()];
        for (int i = 0; i < x.length; i++) {
            x[i] += offset[i];
            moved[i / dim] |= offset[i] != 0.0;
        }
        if (m.cellType().order() == 2) {
            int nn = m.cellType().nodes();
            int[] conn = m.cells();
            int[][] local = CellGeometry.edges(m.cellType());
            for (int c = 0; c < m.cellCount(); c++) {
                for (int k = 0; k < local.length; k++) {
                    int a = conn[c * nn + local[k][0]];
                    int b = conn[c * nn + local[k][1]];
                    if (moved[a] || moved[b]) {
                        int e = conn[c * nn + nv + k];
                        for (int d = 0; d < dim; d++) {
                            x[e * dim + d] = 0.5 * (x[a * dim + d] + x[b * dim + d]);
                        }
                    }
                }
            }
        }
        return new Mesh(m.source() + ", perturbed", dim, x, m.cellType(), m.cells(), m.cellRegions(), m.regions(),
                m.facets(), m.facetTags(), m.facetGroups());
    }
}
