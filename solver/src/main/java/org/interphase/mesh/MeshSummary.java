package org.interphase.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.kernels.Parallel;

/**
 * What {@code interphase mesh info} prints: sizes, regions and facet groups with their measure, the
 * bounding box, vertex edge lengths and the cell shape quality (radius ratio dim * r_in / R_circ of the
 * vertex simplex, 1 for equilateral, 0 for collapsed). Measures of quadratic cells and facets are
 * integrated over the curved geometry. Built in parallel over fixed chunks, so the numbers do not
 * depend on the thread count.
 *
 * @param source      where the mesh came from.
 * @param dim         spatial dimension.
 * @param cellType    cell type.
 * @param nodes       number of nodes.
 * @param cells       number of cells.
 * @param regions     per region, in the mesh's order: name, tag, cells, area (2D) or volume (3D).
 * @param facetGroups per facet group: name, tag, facets, length (2D) or area (3D).
 * @param boxMin      smallest coordinate per dimension.
 * @param boxMax      largest coordinate per dimension.
 * @param minEdge     shortest vertex-to-vertex cell edge.
 * @param maxEdge     longest vertex-to-vertex cell edge.
 * @param minQuality  smallest cell quality.
 * @param meanQuality mean cell quality.
 * @param poorCells   number of cells with quality below {@link #POOR}.
 */
public record MeshSummary(String source, int dim, ElementType cellType, int nodes, int cells, List<Group> regions,
        List<Group> facetGroups, double[] boxMin, double[] boxMax, double minEdge, double maxEdge,
        double minQuality, double meanQuality, int poorCells) {

    /** Cells below this quality are counted as poor. */
    public static final double POOR = 0.1;
    private static final int CHUNK = 1 << 14;

    /**
     * A region or facet group.
     *
     * @param name    its name.
     * @param tag     its tag.
     * @param count   its cells or facets.
     * @param measure its total area, volume or length.
     */
    public record Group(String name, int tag, int count, double measure) {
    }

    /**
     * @param m (Input) the mesh. Not modified.
     * @return its summary.
     */
    public static MeshSummary of(Mesh m) {
        int[] regionTags = sortedTags(m.regions());
        int nr = regionTags.length;
        int n = m.cellCount();
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[][] stats = new double[chunks][];
        Parallel.forRange(chunks, 1, (lo, hi) -> {
            CellGeometry g = CellGeometry.cells(m);
            int[] region = m.cellRegions();
            for (int ch = lo; ch < hi; ch++) {
                double[] s = new double[5 + 2 * nr];
                s[0] = Double.POSITIVE_INFINITY;
                s[2] = Double.POSITIVE_INFINITY;
                for (int c = ch * CHUNK, end = Math.min(n, c + CHUNK); c < end; c++) {
                    g.load(c);
                    s[0] = Math.min(s[0], g.minEdge());
                    s[1] = Math.max(s[1], g.maxEdge());
                    double q = g.quality();
                    s[2] = Math.min(s[2], q);
                    s[3] += q;
                    s[4] += q < POOR ? 1 : 0;
                    int r = Arrays.binarySearch(regionTags, region[c]);
                    if (r >= 0) {
                        s[5 + r] += 1;
                        s[5 + nr + r] += g.measure();
                    }
                }
                stats[ch] = s;
            }
        });
        double minEdge = Double.POSITIVE_INFINITY;
        double maxEdge = 0.0;
        double minQ = Double.POSITIVE_INFINITY;
        double sumQ = 0.0;
        int poor = 0;
        double[] regionCount = new double[nr];
        double[] regionMeasure = new double[nr];
        for (double[] s : stats) {
            minEdge = Math.min(minEdge, s[0]);
            maxEdge = Math.max(maxEdge, s[1]);
            minQ = Math.min(minQ, s[2]);
            sumQ += s[3];
            poor += (int) s[4];
            for (int r = 0; r < nr; r++) {
                regionCount[r] += s[5 + r];
                regionMeasure[r] += s[5 + nr + r];
            }
        }
        List<Group> regions = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.regions().entrySet()) {
            int r = Arrays.binarySearch(regionTags, e.getValue());
            regions.add(new Group(e.getKey(), e.getValue(), (int) regionCount[r], regionMeasure[r]));
        }
        double[] lo = new double[m.dim()];
        double[] hi = new double[m.dim()];
        MeshChecks.boundingBox(m, lo, hi);
        return new MeshSummary(m.source(), m.dim(), m.cellType(), m.nodeCount(), n, List.copyOf(regions),
                facetGroups(m), lo, hi, n > 0 ? minEdge : 0.0, maxEdge, n > 0 ? minQ : 0.0, n > 0 ? sumQ / n : 0.0,
                poor);
    }

    private static List<Group> facetGroups(Mesh m) {
        int[] tags = sortedTags(m.facetGroups());
        int[] count = new int[tags.length];
        double[] measure = new double[tags.length];
        CellGeometry g = CellGeometry.facets(m);
        int[] facetTag = m.facetTags();
        for (int f = 0; f < m.facetCount(); f++) {
            int r = Arrays.binarySearch(tags, facetTag[f]);
            if (r >= 0) {
                g.load(f);
                count[r]++;
                measure[r] += g.measure();
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.facetGroups().entrySet()) {
            int r = Arrays.binarySearch(tags, e.getValue());
            out.add(new Group(e.getKey(), e.getValue(), count[r], measure[r]));
        }
        return List.copyOf(out);
    }

    private static int[] sortedTags(Map<String, Integer> groups) {
        return groups.values().stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** @return the summary as aligned text lines for the CLI, without trailing newlines. */
    public List<String> lines() {
        String cellMeasure = dim == 2 ? "area" : "volume";
        String facetMeasure = dim == 2 ? "length" : "area";
        List<String> out = new ArrayList<>();
        out.add(row("mesh", source));
        out.add(row("cells", String.format(Locale.ROOT, "%d %s (%dD), %d nodes", cells, cellType, dim, nodes)));
        for (Group g : regions) {
            out.add(row("region", String.format(Locale.ROOT, "'%s' (tag %d): %d cells, %s %s", g.name(), g.tag(),
                    g.count(), cellMeasure, MeshChecks.number(g.measure()))));
        }
        for (Group g : facetGroups) {
            out.add(row("facet group", String.format(Locale.ROOT, "'%s' (tag %d): %d facets, %s %s", g.name(),
                    g.tag(), g.count(), facetMeasure, MeshChecks.number(g.measure()))));
        }
        StringBuilder box = new StringBuilder();
        for (int d = 0; d < dim; d++) {
            box.append(d > 0 ? " x " : "").append('[').append(MeshChecks.number(boxMin[d])).append(", ")
                    .append(MeshChecks.number(boxMax[d])).append(']');
        }
        out.add(row("bounding box", box.toString()));
        out.add(row("edge length", "min " + MeshChecks.number(minEdge) + ", max " + MeshChecks.number(maxEdge)));
        out.add(row("quality", String.format(Locale.ROOT, "radius ratio min %s, mean %s; %d cells below %s",
                MeshChecks.number(minQuality), MeshChecks.number(meanQuality), poorCells, MeshChecks.number(POOR))));
        return out;
    }

    private static String row(String key, String value) {
        return String.format(Locale.ROOT, "%-13s %s", key, value);
    }
}
