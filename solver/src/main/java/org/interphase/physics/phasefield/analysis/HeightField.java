package org.interphase.physics.phasefield.analysis;

import java.util.Arrays;
import org.interphase.core.Checks;
import org.interphase.fe.Jacobians;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * A 3D front as a height field over a grid of columns: for each grid point (u, v) across the growth
 * axis, the height of the highest point where the field crosses the level on the line through (u, v)
 * along the growth axis. The field is taken as linear on each TET4 cell and on each of the eight
 * sub-tetrahedra of a TET10 cell (four corner tetrahedra and the inner octahedron cut along the diagonal
 * between the midpoints of edges 2-0 and 1-3), so inside a (sub-)tetrahedron the level set is a plane
 * and each column meets it at most once; this is marching tetrahedra evaluated along the columns rather
 * than a triangulated surface, which is all that heights and roughness need. Columns the level set does
 * not cross hold NaN. Overhangs are resolved by taking the highest crossing, as for dendrites in 2D.
 *
 * @param axis    the growth axis (0, 1 or 2).
 * @param u       grid coordinates along the first other axis (the lower index), increasing. Kept.
 * @param v       grid coordinates along the second other axis, increasing. Kept.
 * @param heights height per column, index iu * v.length + iv; NaN where nothing is crossed. Kept.
 */
public record HeightField(int axis, double[] u, double[] v, double[] heights) {

    private static final int[][] TET4_PARTS = {{0, 1, 2, 3}};
    private static final int[][] TET10_PARTS = {
        {0, 4, 6, 7}, {4, 1, 5, 8}, {6, 5, 2, 9}, {7, 8, 9, 3},
        {6, 8, 4, 5}, {6, 8, 5, 9}, {6, 8, 9, 7}, {6, 8, 7, 4}};
    /** Barycentric slack for the point-in-tetrahedron test (relative, in reference coordinates). */
    private static final double INSIDE = 1e-10;

    /** Checks the sizes. */
    public HeightField {
        Checks.verify(axis >= 0 && axis <= 2, "3D growth axis must be 0, 1 or 2, got %d", axis);
        Checks.verify(heights.length == u.length * v.length, "%d heights for a %d x %d grid", heights.length,
                u.length, v.length);
    }

    /**
     * @param mesh  (Input) a TET4 or TET10 mesh. Not modified.
     * @param field (Input) one value per node. Not modified.
     * @param level (Input) the level, e.g. 0.5 for the metal surface.
     * @param axis  (Input) the growth axis, 0..2.
     * @param u     (Input) increasing grid coordinates along the lower other axis. Kept.
     * @param v     (Input) increasing grid coordinates along the higher other axis. Kept.
     * @return the height field.
     */
    public static HeightField of(Mesh mesh, double[] field, double level, int axis, double[] u, double[] v) {
        Checks.verify(mesh.dim() == 3, "a height field needs a 3D mesh, got dimension %d", mesh.dim());
        Checks.verify(field.length == mesh.nodeCount(), "field has %d values; the mesh has %d nodes", field.length,
                mesh.nodeCount());
        Checks.verify(axis >= 0 && axis <= 2, "3D growth axis must be 0, 1 or 2, got %d", axis);
        int a1 = axis == 0 ? 1 : 0;
        int a2 = axis == 2 ? 1 : 2;
        double[] h = new double[u.length * v.length];
        Arrays.fill(h, Double.NaN);
        int[][] parts = mesh.cellType() == ElementType.TET10 ? TET10_PARTS : TET4_PARTS;
        int k = mesh.cellType().nodes();
        int[] cells = mesh.cells();
        double[] x = mesh.coords();
        int[] tet = new int[4];
        double[] e = new double[9];
        double[] inv = new double[9];
        double[] df = new double[3];
        double[] g = new double[3];
        double[] p = new double[3];
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int[] part : parts) {
                int inside = 0;
                for (int j = 0; j < 4; j++) {
                    tet[j] = cells[c * k + part[j]];
                    inside += field[tet[j]] >= level ? 1 : 0;
                }
                if (inside == 0 || inside == 4) {
                    continue;
                }
                int n0 = tet[0];
                for (int j = 0; j < 3; j++) {
                    for (int d = 0; d < 3; d++) {
                        e[d * 3 + j] = x[tet[j + 1] * 3 + d] - x[n0 * 3 + d];
                    }
                    df[j] = field[tet[j + 1]] - field[n0];
                }
                if (!invert(e, inv)) {
                    continue;
                }
                double gn = 0.0;
                for (int d = 0; d < 3; d++) {
                    g[d] = inv[d] * df[0] + inv[3 + d] * df[1] + inv[6 + d] * df[2];
                    gn += g[d] * g[d];
                }
                if (Math.abs(g[axis]) <= 1e-14 * Math.sqrt(gn)) {
                    continue;
                }
                double ulo = Double.POSITIVE_INFINITY;
                double uhi = Double.NEGATIVE_INFINITY;
                double vlo = Double.POSITIVE_INFINITY;
                double vhi = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < 4; j++) {
                    ulo = Math.min(ulo, x[tet[j] * 3 + a1]);
                    uhi = Math.max(uhi, x[tet[j] * 3 + a1]);
                    vlo = Math.min(vlo, x[tet[j] * 3 + a2]);
                    vhi = Math.max(vhi, x[tet[j] * 3 + a2]);
                }
                for (int iu = HeightProfile.lowerBound(u, ulo); iu < u.length && u[iu] <= uhi; iu++) {
                    for (int iv = HeightProfile.lowerBound(v, vlo); iv < v.length && v[iv] <= vhi; iv++) {
                        double du = u[iu] - x[n0 * 3 + a1];
                        double dv = v[iv] - x[n0 * 3 + a2];
                        double dh = (level - field[n0] - g[a1] * du - g[a2] * dv) / g[axis];
                        p[a1] = du;
                        p[a2] = dv;
                        p[axis] = dh;
                        if (contains(inv, p)) {
                            double y = x[n0 * 3 + axis] + dh;
                            int col = iu * v.length + iv;
                            if (Double.isNaN(h[col]) || y > h[col]) {
                                h[col] = y;
                            }
                        }
                    }
                }
            }
        }
        return new HeightField(axis, u, v, h);
    }

    /** @return the statistics of the heights. */
    public SurfaceStatistics statistics() {
        return SurfaceStatistics.of(heights);
    }

    /** Whether the offset p from vertex 0 has barycentric coordinates E^-1 p (and 1 - their sum) >= 0. */
    private static boolean contains(double[] inv, double[] p) {
        double sum = 0.0;
        for (int j = 0; j < 3; j++) {
            double l = inv[j * 3] * p[0] + inv[j * 3 + 1] * p[1] + inv[j * 3 + 2] * p[2];
            if (l < -INSIDE) {
                return false;
            }
            sum += l;
        }
        return sum <= 1.0 + INSIDE;
    }

    /** Inverts the edge matrix; false when the sub-tetrahedron is degenerate. */
    private static boolean invert(double[] m, double[] inv) {
        double scale = 0.0;
        for (double v : m) {
            scale = Math.max(scale, Math.abs(v));
        }
        double det = Jacobians.invert(3, m, inv);
        return Math.abs(det) > 1e-14 * scale * scale * scale;
    }
}
