package org.interphase.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.InputException;
import org.interphase.kernels.Parallel;

/**
 * Validity checks of a mesh before any work starts: inverted and degenerate cells, nodes in no cell,
 * duplicate nodes, and group facets that are no cell's facet. Each problem becomes one sentence that
 * counts the offenders, names the first few (with the file's own numbers when known) and their
 * coordinates, and says what to do; all problems found are reported together.
 */
public final class MeshChecks {

    /** A cell is degenerate when |det J| < DEGENERATE * h^dim, h its longest vertex edge. */
    public static final double DEGENERATE = 1e-12;
    /** Two nodes are duplicates when every coordinate differs by at most DUPLICATE * bounding-box diagonal. */
    public static final double DUPLICATE = 1e-10;
    private static final int SHOWN = 5;
    /** Width of the duplicate search's hash cells in units of the duplicate tolerance. */
    static final double HASH_CELL = 1000.0;

    private MeshChecks() {
    }

    /**
     * @param m (Input) the mesh. Not modified.
     * @throws InputException listing every problem found.
     */
    public static void check(Mesh m) {
        check(m, null);
    }

    /**
     * @param m    (Input) the mesh. Not modified.
     * @param tags (Input) the file's node and element numbers for messages, or null. Not modified.
     * @throws InputException listing every problem found.
     */
    public static void check(Mesh m, OriginalTags tags) {
        verifyIndices(m);
        List<String> problems = new ArrayList<>();
        checkCells(m, tags, problems);
        checkUnusedNodes(m, tags, problems);
        checkDuplicateNodes(m, tags, problems);
        checkGroupFacets(m, tags, problems);
        if (!problems.isEmpty()) {
            throw new InputException(String.join("\n", problems));
        }
    }

    /**
     * @param m (Input) the mesh. Not modified.
     * @return per cell, the minimum det J over its check points divided by h^dim (see
     *         {@link #DEGENERATE}); negative for inverted cells.
     */
    public static double[] scaledJacobians(Mesh m) {
        double[] out = new double[m.cellCount()];
        Parallel.forRange(m.cellCount(), (lo, hi) -> {
            CellGeometry g = CellGeometry.cells(m);
            for (int c = lo; c < hi; c++) {
                g.load(c);
                out[c] = g.minScaledDet();
            }
        });
        return out;
    }

    private static void verifyIndices(Mesh m) {
        int n = m.nodeCount();
        for (int v : m.cells()) {
            Checks.verify(v >= 0 && v < n, "mesh %s: a cell refers to node %d of %d", m.source(), v, n);
        }
        for (int v : m.facets()) {
            Checks.verify(v >= 0 && v < n, "mesh %s: a facet refers to node %d of %d", m.source(), v, n);
        }
    }

    private static void checkCells(Mesh m, OriginalTags tags, List<String> problems) {
        double[] r = scaledJacobians(m);
        CellGeometry g = CellGeometry.cells(m);
        List<String> inverted = new ArrayList<>();
        List<String> degenerate = new ArrayList<>();
        int nInverted = 0;
        int nDegenerate = 0;
        for (int c = 0; c < r.length; c++) {
            if (r[c] < -DEGENERATE) {
                if (nInverted++ < SHOWN) {
                    inverted.add(OriginalTags.cell(tags, c) + " at " + centroid(g, c, m.dim()));
                }
            } else if (!(r[c] > DEGENERATE)) {
                if (nDegenerate++ < SHOWN) {
                    degenerate.add(OriginalTags.cell(tags, c) + " at " + centroid(g, c, m.dim()));
                }
            }
        }
        if (nInverted > 0) {
            problems.add(String.format(Locale.ROOT, "Mesh %s has %d inverted cells (negative Jacobian determinant): "
                    + "%s. Re-mesh, or reverse the node order of these elements (clockwise triangles, left-handed "
                    + "tetrahedra); for quadratic cells move the edge nodes back towards the edge midpoints.",
                    m.source(), nInverted, list(inverted, nInverted)));
        }
        if (nDegenerate > 0) {
            problems.add(String.format(Locale.ROOT, "Mesh %s has %d degenerate cells (area or volume below %.0e "
                    + "times their longest edge to the power %d): %s. Remove the collapsed elements: look for "
                    + "coincident points or zero-thickness features in the geometry and re-mesh.",
                    m.source(), nDegenerate, DEGENERATE, m.dim(), list(degenerate, nDegenerate)));
        }
    }

    private static void checkUnusedNodes(Mesh m, OriginalTags tags, List<String> problems) {
        boolean[] used = new boolean[m.nodeCount()];
        for (int v : m.cells()) {
            used[v] = true;
        }
        List<String> shown = new ArrayList<>();
        int count = 0;
        for (int n = 0; n < used.length; n++) {
            if (!used[n] && count++ < SHOWN) {
                shown.add(OriginalTags.node(tags, n) + " at " + point(m, n));
            }
        }
        if (count > 0) {
            problems.add(String.format(Locale.ROOT, "Mesh %s has %d nodes that belong to no cell: %s. Remove them "
                    + "(in Gmsh save only the physical groups, without Mesh.SaveAll, and delete isolated points), "
                    + "or add the cells that should use them.", m.source(), count, list(shown, count)));
        }
    }

    private static void checkDuplicateNodes(Mesh m, OriginalTags tags, List<String> problems) {
        int n = m.nodeCount();
        int dim = m.dim();
        double[] x = m.coords();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        boundingBox(m, lo, hi);
        double diag = 0.0;
        for (int d = 0; d < dim; d++) {
            diag += (hi[d] - lo[d]) * (hi[d] - lo[d]);
        }
        double tol = DUPLICATE * Math.sqrt(diag);
        // Hash cells much wider than tol, so that a node needs its neighbour cells only when within tol of a
        // border (rare), yet so narrow (1e-7 of the diagonal) that distinct nodes of a real mesh never share one.
        double cell = tol > 0.0 ? HASH_CELL * tol : 1.0;
        int slots = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        int[] head = new int[slots];
        Arrays.fill(head, -1);
        int[] next = new int[n];
        long[] key = new long[dim];
        long[] base = new long[dim];
        int[] shift = new int[dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                key[d] = (long) Math.floor((x[i * dim + d] - lo[d]) / cell);
            }
            int s = slot(key, slots);
            next[i] = head[s];
            head[s] = i;
        }
        boolean[] duplicate = new boolean[n];
        List<String> shown = new ArrayList<>();
        int count = 0;
        int[] visited = new int[1 << dim];
        for (int i = 0; i < n; i++) {
            int combos = 1;
            for (int d = 0; d < dim; d++) {
                double t = (x[i * dim + d] - lo[d]) / cell;
                base[d] = (long) Math.floor(t);
                double frac = t - base[d];
                shift[d] = frac * cell <= tol ? -1 : (1.0 - frac) * cell <= tol ? 1 : 0;
                combos <<= shift[d] != 0 ? 1 : 0;
            }
            int nVisited = 0;
            for (int combo = 0; combo < combos; combo++) {
                int bit = 0;
                for (int d = 0; d < dim; d++) {
                    key[d] = base[d];
                    if (shift[d] != 0) {
                        key[d] += ((combo >> bit++) & 1) * shift[d];
                    }
                }
                int s = slot(key, slots);
                boolean seen = false;
                for (int v = 0; v < nVisited && !seen; v++) {
                    seen = visited[v] == s;
                }
                if (seen) {
                    continue;
                }
                visited[nVisited++] = s;
                for (int j = head[s]; j >= 0; j = next[j]) {
                    if (j > i && !duplicate[j] && close(x, dim, i, j, tol)) {
                        duplicate[j] = true;
                        if (count++ < SHOWN) {
                            shown.add(OriginalTags.node(tags, i) + " and " + OriginalTags.node(tags, j) + " at "
                                    + point(m, j));
                        }
                    }
                }
            }
        }
        if (count > 0) {
            problems.add(String.format(Locale.ROOT, "Mesh %s has %d duplicate nodes (within %.0e of the bounding-box "
                    + "diagonal of another node): %s. Merge them so that neighbouring cells share their nodes (in "
                    + "Gmsh: Coherence; with OpenCASCADE, BooleanFragments) and re-mesh.", m.source(), count,
                    DUPLICATE, list(shown, count)));
        }
    }

    private static int slot(long[] key, int slots) {
        long h = 0x9E3779B97F4A7C15L;
        for (long k : key) {
            h = (h ^ k) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h & (slots - 1));
    }

    private static boolean close(double[] x, int dim, int i, int j, double tol) {
        for (int d = 0; d < dim; d++) {
            if (Math.abs(x[i * dim + d] - x[j * dim + d]) > tol) {
                return false;
            }
        }
        return true;
    }

    private static void checkGroupFacets(Mesh m, OriginalTags tags, List<String> problems) {
        if (m.facetCount() == 0) {
            return;
        }
        int[][] vc = MeshTopology.vertexCells(m);
        int k = m.facetType().nodes();
        int[] facets = m.facets();
        CellGeometry g = CellGeometry.facets(m);
        List<String> shown = new ArrayList<>();
        int count = 0;
        for (int f = 0; f < m.facetCount(); f++) {
            int first = facets[f * k];
            boolean found = false;
            for (int p = vc[0][first]; p < vc[0][first + 1] && !found; p++) {
                found = MeshTopology.cellHasAll(m, vc[1][p], facets, f * k, k);
            }
            if (!found && count++ < SHOWN) {
                shown.add(OriginalTags.facet(tags, f) + " of '" + groupName(m.facetGroups(), m.facetTags()[f])
                        + "' at " + centroid(g, f, m.dim()));
            }
        }
        if (count > 0) {
            problems.add(String.format(Locale.ROOT, "Mesh %s has %d boundary or interface facets that are not a side "
                    + "of any cell: %s. Every facet of a group must be a side of a cell: mesh the curves or surfaces "
                    + "as part of the domain (Gmsh: Curve In Surface, Surface In Volume, or BooleanFragments) and "
                    + "re-mesh.", m.source(), count, list(shown, count)));
        }
    }

    private static String groupName(Map<String, Integer> groups, int tag) {
        for (Map.Entry<String, Integer> e : groups.entrySet()) {
            if (e.getValue() == tag) {
                return e.getKey();
            }
        }
        return Integer.toString(tag);
    }

    /**
     * @param m  (Input) the mesh. Not modified.
     * @param lo (Output) the smallest coordinate per dimension.
     * @param hi (Output) the largest coordinate per dimension.
     */
    static void boundingBox(Mesh m, double[] lo, double[] hi) {
        int dim = m.dim();
        double[] x = m.coords();
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            int d = i % dim;
            lo[d] = Math.min(lo[d], x[i]);
            hi[d] = Math.max(hi[d], x[i]);
        }
    }

    private static String list(List<String> shown, int count) {
        String s = String.join(", ", shown);
        return count > shown.size() ? s + ", and " + (count - shown.size()) + " more" : s;
    }

    private static String centroid(CellGeometry g, int e, int dim) {
        double[] c = new double[dim];
        g.load(e);
        g.centroid(c);
        return format(c);
    }

    private static String point(Mesh m, int n) {
        double[] c = new double[m.dim()];
        for (int d = 0; d < c.length; d++) {
            c[d] = m.x(n, d);
        }
        return format(c);
    }

    /** @return "(x, y)" or "(x, y, z)" with 6 significant digits. */
    static String format(double[] c) {
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < c.length; d++) {
            sb.append(d > 0 ? ", " : "").append(number(c[d]));
        }
        return sb.append(')').toString();
    }

    /** @return {@code v} with 6 significant digits and no trailing zeros ("0.5", "1.25e-09"). */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
