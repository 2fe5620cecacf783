package org.interphase.mesh;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interphase.core.Checks;

/**
 * A structured simplex mesh of an axis-aligned rectangle or box: the lattice cells (squares or cubes)
 * are each split into simplices by a template of corner numbers (corner bit d set = upper side in axis
 * d), chosen per lattice cell. The tagged facets are the template facets that lie on the box sides, in
 * groups "left"/"right" (x), "bottom"/"top" (y), "back"/"front" (z), tags 1..2*dim, oriented outward.
 * Arrays only; nodes are numbered i + (nx+1) (j + (ny+1) k).
 */
final class Lattice {

    static final String[] SIDES = {"left", "right", "bottom", "top", "back", "front"};
    /** Tag of the single region "domain". */
    static final int DOMAIN = 1;

    /** Picks the template of the lattice cell at (i, j, k). */
    @FunctionalInterface
    interface Pattern {
        int template(int i, int j, int k);
    }

    private Lattice() {
    }

    /**
     * @param source    (Input) description for messages.
     * @param origin    (Input) lower corner, dim values.
     * @param length    (Input) side lengths, dim values, positive.
     * @param n         (Input) lattice cells per axis, dim values, positive.
     * @param templates (Input) per template, its simplices as positively oriented corner lists.
     * @param pattern   (Input) which template each lattice cell uses.
     * @return the linear mesh.
     */
    static Mesh build(String source, double[] origin, double[] length, int[] n, int[][][] templates, Pattern pattern) {
        int dim = origin.length;
        long nodesLong = 1;
        long latticeCells = 1;
        for (int d = 0; d < dim; d++) {
            nodesLong *= n[d] + 1;
            latticeCells *= n[d];
        }
        int perCell = templates[0].length;
        Checks.input(latticeCells * perCell <= Integer.MAX_VALUE / 10 && nodesLong <= Integer.MAX_VALUE / 27,
                "%s has too many cells for one mesh; use fewer divisions", source);
        int nodes = (int) nodesLong;
        int[] stride = {1, n[0] + 1, (n[0] + 1) * (dim > 1 ? n[1] + 1 : 1)};
        double[] coords = new double[nodes * dim];
        for (int p = 0; p < nodes; p++) {
            for (int d = 0; d < dim; d++) {
                int i = (p / stride[d]) % (n[d] + 1);
                coords[p * dim + d] = origin[d] + (i == n[d] ? length[d] : length[d] * i / n[d]);
            }
        }
        int nv = dim + 1;
        int cellCount = (int) latticeCells * perCell;
        int[] cells = new int[cellCount * nv];
        int[] corner = new int[1 << dim];
        int nk = dim == 3 ? n[2] : 1;
        int c = 0;
        for (int k = 0; k < nk; k++) {
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++) {
                    corners(i, j, k, dim, stride, corner);
                    for (int[] simplex : templates[pattern.template(i, j, k)]) {
                        for (int v = 0; v < nv; v++) {
                            cells[c++] = corner[simplex[v]];
                        }
                    }
                }
            }
        }
        int[] region = new int[cellCount];
        Arrays.fill(region, DOMAIN);
        Map<String, Integer> regions = Map.of("domain", DOMAIN);
        return boundary(source, dim, coords, cells, region, regions, n, stride, templates, pattern);
    }

    private static void corners(int i, int j, int k, int dim, int[] stride, int[] corner) {
        int base = i + j * stride[1] + (dim == 3 ? k * stride[2] : 0);
        for (int b = 0; b < corner.length; b++) {
            corner[b] = base + (b & 1) + ((b >> 1) & 1) * stride[1] + (dim == 3 ? ((b >> 2) & 1) * stride[2] : 0);
        }
    }

    /** @return the box side (2 axis + upper) that all corners of the facet lie on, or -1. */
    private static int side(int[] simplex, int[] facet, int dim) {
        for (int d = 0; d < dim; d++) {
            int bits = 0;
            for (int v : facet) {
                bits += (simplex[v] >> d) & 1;
            }
            if (bits == 0) {
                return 2 * d;
            }
            if (bits == facet.length) {
                return 2 * d + 1;
            }
        }
        return -1;
    }

    private static Mesh boundary(String source, int dim, double[] coords, int[] cells, int[] region,
            Map<String, Integer> regions, int[] n, int[] stride, int[][][] templates, Pattern pattern) {
        ElementType type = ElementType.cell(dim, 1);
        int[][] facetNodes = type.facetNodes();
        int nv = dim + 1;
        int fn = dim;
        int perCell = templates[0].length;
        int nk = dim == 3 ? n[2] : 1;
        int[] counts = new int[2 * dim];
        int[] fill = new int[2 * dim];
        int[] facets = null;
        int[] tags = null;
        int[] start = new int[2 * dim];
        for (int pass = 0; pass < 2; pass++) {
            int c = 0;
            for (int k = 0; k < nk; k++) {
                for (int j = 0; j < n[1]; j++) {
                    for (int i = 0; i < n[0]; i++, c += perCell) {
                        int[] idx = {i, j, k};
                        int[][] simplices = templates[pattern.template(i, j, k)];
                        for (int s = 0; s < perCell; s++) {
                            for (int[] f : facetNodes) {
                                int side = side(simplices[s], f, dim);
                                if (side < 0 || idx[side / 2] != (side % 2 == 0 ? 0 : n[side / 2] - 1)) {
                                    continue;
                                }
                                if (pass == 0) {
                                    counts[side]++;
                                    continue;
                                }
                                int at = start[side] + fill[side]++;
                                for (int v = 0; v < fn; v++) {
                                    facets[at * fn + v] = cells[(c + s) * nv + f[v]];
                                }
                                tags[at] = side + 1;
                            }
                        }
                    }
                }
            }
            if (pass == 0) {
                int total = 0;
                for (int s = 0; s < 2 * dim; s++) {
                    start[s] = total;
                    total += counts[s];
                }
                facets = new int[total * fn];
                tags = new int[total];
            }
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int s = 0; s < 2 * dim; s++) {
            groups.put(SIDES[s], s + 1);
        }
        return new Mesh(source, dim, coords, type, cells, region, regions, facets, tags, groups);
    }
}
