package org.interphase.physics.phasefield.analysis;

import java.util.Arrays;
import org.interphase.core.Checks;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.fe.FacetCells;
import org.interphase.fe.FacetValues;
import org.interphase.kernels.Parallel;
import org.interphase.mesh.Mesh;

/**
 * Integrals of nodal fields over a mesh and measures of its parts, by isoparametric Gauss quadrature of
 * degree 2 x order (exact for a Lagrange field of the mesh's order on straight-sided cells). Sums run
 * through {@link Parallel#sum}, so results do not depend on the thread count.
 */
public final class MeshIntegrals {

    private MeshIntegrals() {
    }

    /**
     * @param mesh  (Input) the mesh. Not modified.
     * @param field (Input) one value per node (Lagrange field of the mesh's order). Not modified.
     * @return integral of the field over the mesh (m^3 in 3D, m^2 per unit depth in 2D, times its unit).
     */
    public static double integral(Mesh mesh, double[] field) {
        return integral(mesh, field, -1);
    }

    /**
     * @param mesh      (Input) the mesh. Not modified.
     * @param field     (Input) one value per node. Not modified.
     * @param regionTag (Input) the region to integrate over, or -1 for every cell.
     * @return integral of the field over the cells of the region.
     */
    public static double integral(Mesh mesh, double[] field, int regionTag) {
        Checks.verify(field.length == mesh.nodeCount(), "field has %d values; the mesh has %d nodes", field.length,
                mesh.nodeCount());
        ElementTables tables = ElementTables.of(mesh.cellType(), 2 * mesh.cellType().order());
        int[] regions = mesh.cellRegions();
        return Parallel.sum(mesh.cellCount(), (lo, hi) -> {
            CellValues cv = new CellValues(mesh, tables);
            double s = 0.0;
            for (int c = lo; c < hi; c++) {
                if (regionTag >= 0 && regions[c] != regionTag) {
                    continue;
                }
                cv.reinit(c);
                for (int q = 0; q < cv.nq(); q++) {
                    double v = 0.0;
                    for (int a = 0; a < cv.n(); a++) {
                        v += cv.shape(q, a) * field[cv.node(a)];
                    }
                    s += v * cv.jxw(q);
                }
            }
            return s;
        });
    }

    /**
     * @param mesh (Input) the mesh. Not modified.
     * @return its volume (area per unit depth in 2D).
     */
    public static double measure(Mesh mesh) {
        double[] one = new double[mesh.nodeCount()];
        Arrays.fill(one, 1.0);
        return integral(mesh, one);
    }

    /**
     * @param mesh  (Input) the mesh. Not modified.
     * @param group (Input) a boundary or interface name of the mesh.
     * @return its area (length per unit depth in 2D).
     * @throws org.interphase.core.InputException naming the groups the mesh has, if absent.
     */
    public static double facetMeasure(Mesh mesh, String group) {
        int tag = mesh.facetGroupTag(group);
        FacetValues fv = new FacetValues(mesh, FacetCells.of(mesh), 2 * mesh.cellType().order());
        int[] tags = mesh.facetTags();
        double s = 0.0;
        for (int f = 0; f < tags.length; f++) {
            if (tags[f] != tag) {
                continue;
            }
            fv.reinit(f);
            for (int q = 0; q < fv.nq(); q++) {
                s += fv.jxw(q);
            }
        }
        return s;
    }

    /**
     * @param mesh (Input) the mesh. Not modified.
     * @return {min, max} of each coordinate: {x0, x1, y0, y1[, z0, z1]}.
     */
    public static double[] bounds(Mesh mesh) {
        int dim = mesh.dim();
        double[] b = new double[2 * dim];
        for (int d = 0; d < dim; d++) {
            b[2 * d] = Double.POSITIVE_INFINITY;
            b[2 * d + 1] = Double.NEGATIVE_INFINITY;
        }
        double[] x = mesh.coords();
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int d = 0; d < dim; d++) {
                b[2 * d] = Math.min(b[2 * d], x[i * dim + d]);
                b[2 * d + 1] = Math.max(b[2 * d + 1], x[i * dim + d]);
            }
        }
        return b;
    }

    /**
     * The projected electrode area across a growth axis: the bounding-box width (2D, per unit depth) or
     * the product of the two bounding-box sides (3D) normal to {@code axis}.
     *
     * @param mesh (Input) the mesh. Not modified.
     * @param axis (Input) the growth axis, 0..dim-1.
     * @return the area in m^2 (m per unit depth in 2D).
     */
    public static double projectedArea(Mesh mesh, int axis) {
        Checks.verify(axis >= 0 && axis < mesh.dim(), "growth axis %d outside 0..%d", axis, mesh.dim() - 1);
        double[] b = bounds(mesh);
        double a = 1.0;
        for (int d = 0; d < mesh.dim(); d++) {
            if (d != axis) {
                a *= b[2 * d + 1] - b[2 * d];
            }
        }
        return a;
    }
}
