package org.interphase.physics.phasefield;

import java.util.Arrays;
import org.interphase.core.InputException;
import org.interphase.mesh.Mesh;

/**
 * Matches the nodes of two boundaries that are translates of each other (the lateral sides of a periodic
 * cell), for {@link org.interphase.assembly.DofMap#periodic}: each node of the image boundary is paired
 * with the node of the source boundary at its position minus the translation between the two boundaries'
 * centroids.
 *
 * @param image  nodes of the image boundary.
 * @param source the matching node of the source boundary for each image node.
 */
public record PeriodicPairs(int[] image, int[] source) {

    /**
     * @param mesh   (Input) the mesh.
     * @param source (Input) name of the source boundary (e.g. "left").
     * @param image  (Input) name of the image boundary (e.g. "right").
     * @return the pairs.
     * @throws InputException when the boundaries have different node counts or a node has no partner within
     *                        1e-8 of the mesh size.
     */
    public static PeriodicPairs match(Mesh mesh, String source, String image) {
        int[] a = mesh.nodesOfGroup(mesh.facetGroupTag(source));
        int[] b = mesh.nodesOfGroup(mesh.facetGroupTag(image));
        if (a.length != b.length || a.length == 0) {
            throw InputException.of("periodic boundaries '%s' (%d nodes) and '%s' (%d nodes) of mesh %s do not match: "
                    + "they need the same node layout, translated", source, a.length, image, b.length, mesh.source());
        }
        int dim = mesh.dim();
        double[] shift = new double[dim];
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        Arrays.fill(lo, Double.MAX_VALUE);
        Arrays.fill(hi, -Double.MAX_VALUE);
        for (int k = 0; k < a.length; k++) {
            for (int d = 0; d < dim; d++) {
                shift[d] += (mesh.x(b[k], d) - mesh.x(a[k], d)) / a.length;
            }
        }
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int d = 0; d < dim; d++) {
                lo[d] = Math.min(lo[d], mesh.x(i, d));
                hi[d] = Math.max(hi[d], mesh.x(i, d));
            }
        }
        double size = 0;
        for (int d = 0; d < dim; d++) {
            size = Math.max(size, hi[d] - lo[d]);
        }
        double tol = 1e-8 * size;
        Integer[] order = new Integer[a.length];
        for (int k = 0; k < a.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> compare(mesh, a[p], a[q], null, tol));
        int[] sortedA = new int[a.length];
        for (int k = 0; k < a.length; k++) {
            sortedA[k] = a[order[k]];
        }
        int[] partner = new int[b.length];
        for (int k = 0; k < b.length; k++) {
            int node = b[k];
            int lowIdx = 0;
            int highIdx = sortedA.length - 1;
            int found = -1;
            while (lowIdx <= highIdx) {
                int mid = (lowIdx + highIdx) >>> 1;
                int c = compare(mesh, sortedA[mid], node, shift, tol);
                if (c == 0) {
                    found = sortedA[mid];
                    break;
                } else if (c < 0) {
                    lowIdx = mid + 1;
                } else {
                    highIdx = mid - 1;
                }
            }
            if (found < 0) {
                StringBuilder where = new StringBuilder();
                for (int d = 0; d < dim; d++) {
                    where.append(d == 0 ? "" : ", ").append(mesh.x(node, d));
                }
                throw InputException.of("node %d of periodic boundary '%s' at (%s) has no partner on '%s' in mesh %s; "
                        + "periodic sides need matching nodes", node, image, where, source, mesh.source());
            }
            partner[k] = found;
        }
        return new PeriodicPairs(b, partner);
    }

    /** Lexicographic comparison of x(p) and x(q) - shift (shift may be null), with tolerance. */
    private static int compare(Mesh mesh, int p, int q, double[] shift, double tol) {
        for (int d = 0; d < mesh.dim(); d++) {
            double xq = mesh.x(q, d) - (shift == null ? 0 : shift[d]);
            double diff = mesh.x(p, d) - xq;
            if (diff < -tol) {
                return -1;
            }
            if (diff > tol) {
                return 1;
            }
        }
        return 0;
    }
}
