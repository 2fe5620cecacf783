package org.interphase.io.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interphase.mesh.ElementType;

/** Small structured grids of every cell type the writers must handle, with positively oriented cells. */
final class TestGrids {

    private TestGrids() {
    }

    /** The unit square cut into n x n squares, each split into two triangles; region 1 left, 2 right. */
    static Grid tri3(int n) {
        double[] p = new double[2 * (n + 1) * (n + 1)];
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                p[2 * (j * (n + 1) + i)] = (double) i / n;
                p[2 * (j * (n + 1) + i) + 1] = (double) j / n;
            }
        }
        int[] c = new int[6 * n * n];
        int[] r = new int[2 * n * n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int a = j * (n + 1) + i;
                int b = a + 1;
                int d = a + n + 1;
                int e = d + 1;
                int[] cell = {a, b, e, a, e, d};
                System.arraycopy(cell, 0, c, 6 * k / 2, 6);
                r[k++] = 2 * i < n ? 1 : 2;
                r[k++] = 2 * i < n ? 1 : 2;
            }
        }
        return new Grid(2, p, ElementType.TRI3, c, r);
    }

    /** The unit cube cut into n^3 cubes, each split into six tetrahedra around its main diagonal. */
    static Grid tet4(int n) {
        int m = n + 1;
        double[] p = new double[3 * m * m * m];
        for (int kz = 0; kz <= n; kz++) {
            for (int j = 0; j <= n; j++) {
                for (int i = 0; i <= n; i++) {
                    int v = (kz * m + j) * m + i;
                    p[3 * v] = (double) i / n;
                    p[3 * v + 1] = (double) j / n;
                    p[3 * v + 2] = (double) kz / n;
                }
            }
        }
        // the six monotone paths 0 -> a -> b -> 7 along the cube's edges (corner bit 0: x, 1: y, 2: z)
        int[][] paths = {{1, 3}, {1, 5}, {2, 3}, {2, 6}, {4, 5}, {4, 6}};
        List<Integer> cells = new ArrayList<>();
        List<Integer> regions = new ArrayList<>();
        for (int kz = 0; kz < n; kz++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    int[] corner = new int[8];
                    for (int b = 0; b < 8; b++) {
                        corner[b] = ((kz + (b >> 2 & 1)) * m + j + (b >> 1 & 1)) * m + i + (b & 1);
                    }
                    for (int[] path : paths) {
                        int[] t = {corner[0], corner[path[0]], corner[path[1]], corner[7]};
                        if (volume6(p, t) < 0) {
                            int s = t[1];
                            t[1] = t[2];
                            t[2] = s;
                        }
                        for (int v : t) {
                            cells.add(v);
                        }
                        regions.add(2 * kz < n ? 1 : 2);
                    }
                }
            }
        }
        return new Grid(3, p, ElementType.TET4, toArray(cells), toArray(regions));
    }

    /** A quadratic copy of a LINE2, TRI3 or TET4 grid: straight-sided, midpoint nodes in VTK order. */
    static Grid quadratic(Grid linear) {
        ElementType type = ElementType.cell(linear.cellType().dim(), 2);
        int[][] edges = type == ElementType.LINE3 ? new int[][] {{0, 1}}
                : type == ElementType.TRI6 ? new int[][] {{0, 1}, {1, 2}, {2, 0}}
                : new int[][] {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {1, 3}, {2, 3}};
        int dim = linear.dim();
        int kv = linear.cellType().nodes();
        List<Double> points = new ArrayList<>();
        for (double x : linear.points()) {
            points.add(x);
        }
        Map<Long, Integer> midpoint = new HashMap<>();
        int[] cells = new int[linear.cellCount() * type.nodes()];
        for (int e = 0; e < linear.cellCount(); e++) {
            for (int v = 0; v < kv; v++) {
                cells[e * type.nodes() + v] = linear.cells()[e * kv + v];
            }
            for (int q = 0; q < edges.length; q++) {
                int a = linear.cells()[e * kv + edges[q][0]];
                int b = linear.cells()[e * kv + edges[q][1]];
                long key = (long) Math.min(a, b) * Integer.MAX_VALUE + Math.max(a, b);
                Integer mid = midpoint.get(key);
                if (mid == null) {
                    mid = points.size() / dim;
                    for (int d = 0; d < dim; d++) {
                        points.add(0.5 * (linear.points()[a * dim + d] + linear.points()[b * dim + d]));
                    }
                    midpoint.put(key, mid);
                }
                cells[e * type.nodes() + kv + q] = mid;
            }
        }
        double[] p = new double[points.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = points.get(i);
        }
        return new Grid(dim, p, type, cells, linear.regions());
    }

    /**
     * Bends a grid on the unit square (or cube) into a quarter annulus, (x, y) -> (1 + x)(cos, sin)(pi y / 2),
     * z unchanged. Applied after {@link #quadratic}, midpoint nodes land on the arcs, so quadratic cells
     * have curved edges (orientation is kept: the map's Jacobian is positive).
     */
    static Grid annulus(Grid g) {
        double[] p = g.points().clone();
        for (int i = 0; i < g.pointCount(); i++) {
            double r = 1 + p[i * g.dim()];
            double theta = 0.5 * Math.PI * p[i * g.dim() + 1];
            p[i * g.dim()] = r * Math.cos(theta);
            p[i * g.dim() + 1] = r * Math.sin(theta);
        }
        return new Grid(g.dim(), p, g.cellType(), g.cells(), g.regions());
    }

    /** A cohesive interface along y = 1/2 of the unit square: n LINE2 segments in 2D space, no regions. */
    static Grid line2(int n) {
        double[] p = new double[2 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            p[2 * i] = (double) i / n;
            p[2 * i + 1] = 0.5;
        }
        int[] c = new int[2 * n];
        for (int i = 0; i < n; i++) {
            c[2 * i] = i;
            c[2 * i + 1] = i + 1;
        }
        return Grid.of(2, p, ElementType.LINE2, c);
    }

    /** Point coordinate d (0 when d is beyond the grid's dimension). */
    static double x(Grid g, int point, int d) {
        return d < g.dim() ? g.points()[point * g.dim() + d] : 0.0;
    }

    private static double volume6(double[] p, int[] t) {
        double[][] e = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int d = 0; d < 3; d++) {
                e[r][d] = p[3 * t[r + 1] + d] - p[3 * t[0] + d];
            }
        }
        return e[0][0] * (e[1][1] * e[2][2] - e[1][2] * e[2][1]) - e[0][1] * (e[1][0] * e[2][2] - e[1][2] * e[2][0])
                + e[0][2] * (e[1][0] * e[2][1] - e[1][1] * e[2][0]);
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
