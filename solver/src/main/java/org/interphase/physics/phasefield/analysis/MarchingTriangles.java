package org.interphase.physics.phasefield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.InputException;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * Level-set contours of a nodal field on a triangle mesh by marching triangles: the field is taken as
 * linear on each TRI3 cell, and on each of the four sub-triangles of a TRI6 cell (corner triangles and
 * the middle one, through the edge-midpoint nodes), so the contour is exact for P1 fields and second-order
 * accurate for P2 fields. A node is "inside" when its value is at least the level; each sub-triangle with
 * inside and outside nodes contributes one segment between the two edge crossings, found by linear
 * interpolation. Crossings are shared by the sub-triangles on either side of an edge (keyed by the edge's
 * two nodes), which joins the segments across cells into polylines.
 *
 * <p>Orientation: every segment keeps the inside (xi &gt;= level, the metal) on its left, so an open
 * contour across a domain with metal below runs from right to left, and a closed contour around a
 * metal particle runs counter-clockwise (positive {@link Polyline#signedArea}). Open contours end on the
 * mesh boundary; a conforming mesh without duplicate nodes is assumed (a cohesive interface that splits
 * nodes breaks a contour there).
 *
 * <p>Reference: the 2D case of marching cubes, W. E. Lorensen and H. E. Cline, SIGGRAPH 21 (1987) 163.
 */
public final class MarchingTriangles {

    private static final int[][] TRI3_PARTS = {{0, 1, 2}};
    private static final int[][] TRI6_PARTS = {{0, 3, 5}, {3, 1, 4}, {5, 4, 2}, {3, 4, 5}};

    private MarchingTriangles() {
    }

    /**
     * @param mesh  (Input) a TRI3 or TRI6 mesh. Not modified.
     * @param field (Input) one value per node. Not modified.
     * @param level (Input) the contour level, e.g. 0.5 for the metal surface.
     * @return the contours: open polylines first (in order of their first crossing), then closed ones.
     * @throws InputException if the mesh is not a conforming triangulation (an edge crossed three times).
     */
    public static List<Polyline> contour(Mesh mesh, double[] field, double level) {
        Checks.verify(mesh.dim() == 2, "marching triangles needs a 2D mesh, got dimension %d", mesh.dim());
        Checks.verify(field.length == mesh.nodeCount(), "field has %d values; the mesh has %d nodes", field.length,
                mesh.nodeCount());
        int[][] parts = mesh.cellType() == ElementType.TRI6 ? TRI6_PARTS : TRI3_PARTS;
        int k = mesh.cellType().nodes();
        int[] cells = mesh.cells();
        double[] x = mesh.coords();
        Crossings crossings = new Crossings(mesh.nodeCount(), x, field, level);
        int[] tri = new int[3];
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int[] part : parts) {
                int inside = 0;
                for (int j = 0; j < 3; j++) {
                    tri[j] = cells[c * k + part[j]];
                    inside += field[tri[j]] >= level ? 1 : 0;
                }
                if (inside == 0 || inside == 3) {
                    continue;
                }
                double area2 = (x[2 * tri[1]] - x[2 * tri[0]]) * (x[2 * tri[2] + 1] - x[2 * tri[0] + 1])
                        - (x[2 * tri[2]] - x[2 * tri[0]]) * (x[2 * tri[1] + 1] - x[2 * tri[0] + 1]);
                if (area2 < 0) {
                    int t = tri[1];
                    tri[1] = tri[2];
                    tri[2] = t;
                }
                int from = -1;
                int to = -1;
                for (int j = 0; j < 3; j++) {
                    int a = tri[j];
                    int b = tri[(j + 1) % 3];
                    boolean ina = field[a] >= level;
                    boolean inb = field[b] >= level;
                    if (ina && !inb) {
                        from = crossings.point(a, b);
                    } else if (!ina && inb) {
                        to = crossings.point(a, b);
                    }
                }
                crossings.link(from, to, c, mesh);
            }
        }
        return crossings.chains();
    }

    /** The crossing points (one per crossed edge) and the oriented segments between them. */
    private static final class Crossings {
        private final int nodes;
        private final double[] x;
        private final double[] field;
        private final double level;
        private final Map<Long, Integer> ids = new HashMap<>();
        private double[] xy = new double[64];
        private int[] next = new int[32];
        private boolean[] entered = new boolean[32];
        private int count;

        Crossings(int nodes, double[] x, double[] field, double level) {
            this.nodes = nodes;
            this.x = x;
            this.field = field;
            this.level = level;
        }

        /** @return the id of the crossing on edge (a, b), created on first use. */
        int point(int a, int b) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            long key = (long) lo * nodes + hi;
            Integer id = ids.get(key);
            if (id != null) {
                return id;
            }
            if (count == next.length) {
                next = Arrays.copyOf(next, 2 * count);
                entered = Arrays.copyOf(entered, 2 * count);
                xy = Arrays.copyOf(xy, 4 * count);
            }
            double t = (level - field[lo]) / (field[hi] - field[lo]);
            xy[2 * count] = x[2 * lo] + t * (x[2 * hi] - x[2 * lo]);
            xy[2 * count + 1] = x[2 * lo + 1] + t * (x[2 * hi + 1] - x[2 * lo + 1]);
            next[count] = -1;
            ids.put(key, count);
            return count++;
        }

        void link(int from, int to, int cell, Mesh mesh) {
            if (next[from] >= 0 || entered[to]) {
                throw InputException.of("the contour crosses an edge of cell %d of mesh %s more than twice: the mesh "
                        + "is not a conforming triangulation there (duplicate nodes or a hanging edge); contours "
                        + "need a conforming mesh", cell, mesh.source());
            }
            next[from] = to;
            entered[to] = true;
        }

        List<Polyline> chains() {
            List<Polyline> out = new ArrayList<>();
            boolean[] used = new boolean[count];
            for (int p = 0; p < count; p++) {
                if (!entered[p] && next[p] >= 0) {
                    out.add(walk(p, used, false));
                }
            }
            for (int p = 0; p < count; p++) {
                if (!used[p] && next[p] >= 0) {
                    out.add(walk(p, used, true));
                }
            }
            return out;
        }

        private Polyline walk(int start, boolean[] used, boolean closed) {
            double[] pts = new double[16];
            int n = 0;
            int p = start;
            while (p >= 0 && !used[p]) {
                used[p] = true;
                double px = xy[2 * p];
                double py = xy[2 * p + 1];
                if (n == 0 || px != pts[2 * n - 2] || py != pts[2 * n - 1]) {
                    if (2 * n + 2 > pts.length) {
                        pts = Arrays.copyOf(pts, 2 * pts.length);
                    }
                    pts[2 * n] = px;
                    pts[2 * n + 1] = py;
                    n++;
                }
                p = next[p];
            }
            if (closed && n > 1 && pts[0] == pts[2 * n - 2] && pts[1] == pts[2 * n - 1]) {
                n--;
            }
            return new Polyline(Arrays.copyOf(pts, 2 * n), closed);
        }
    }
}
