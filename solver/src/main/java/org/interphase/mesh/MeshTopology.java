package org.interphase.mesh;

/**
 * Array-only adjacency of a mesh, built in linear time: the cells around each vertex (compressed rows),
 * the edges numbered by first appearance (cells in order, local edges in {@link ElementType} order),
 * and the nodes on the boundary (on a cell facet that no other cell shares).
 */
final class MeshTopology {

    private MeshTopology() {
    }

    /**
     * Cells around each vertex node, in increasing cell order.
     *
     * @param m (Input) the mesh. Not modified.
     * @return {offsets (nodeCount + 1), cells}: the cells of node n are cells[offsets[n] .. offsets[n+1]).
     */
    static int[][] vertexCells(Mesh m) {
        int n = m.nodeCount();
        int nn = m.cellType().nodes();
        int nv = m.cellType().vertices();
        int[] conn = m.cells();
        int cells = m.cellCount();
        int[] offsets = new int[n + 1];
        for (int c = 0; c < cells; c++) {
            for (int v = 0; v < nv; v++) {
                offsets[conn[c * nn + v] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = new int[n];
        int[] out = new int[offsets[n]];
        for (int c = 0; c < cells; c++) {
            for (int v = 0; v < nv; v++) {
                int node = conn[c * nn + v];
                out[offsets[node] + fill[node]++] = c;
            }
        }
        return new int[][] {offsets, out};
    }

    /** @return true when every node of {@code nodes[from .. from+count)} is a node of cell {@code c}. */
    static boolean cellHasAll(Mesh m, int c, int[] nodes, int from, int count) {
        int nn = m.cellType().nodes();
        int[] conn = m.cells();
        for (int i = from; i < from + count; i++) {
            boolean found = false;
            for (int k = 0; k < nn && !found; k++) {
                found = conn[c * nn + k] == nodes[i];
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The vertex-to-vertex edges of the cells, numbered 0.. in order of first appearance.
     */
    static final class Edges {
        /** Number of distinct edges. */
        final int count;
        /** Edge id of local edge k of cell c at [c * edgesPerCell + k]. */
        final int[] cellEdges;
        private final int[] rowStart;
        private final int[] rowFill;
        private final int[] other;
        private final int[] ids;

        private Edges(int count, int[] cellEdges, int[] rowStart, int[] rowFill, int[] other, int[] ids) {
            this.count = count;
            this.cellEdges = cellEdges;
            this.rowStart = rowStart;
            this.rowFill = rowFill;
            this.other = other;
            this.ids = ids;
        }

        /** @return the id of edge (a, b) in either direction, or -1 if no cell has it. */
        int find(int a, int b) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            if (lo < 0 || hi >= rowFill.length) {
                return -1;
            }
            for (int p = rowStart[lo], end = p + rowFill[lo]; p < end; p++) {
                if (other[p] == hi) {
                    return ids[p];
                }
            }
            return -1;
        }
    }

    /**
     * @param m (Input) the mesh. Not modified.
     * @return its edges, numbered by first appearance.
     */
    static Edges edges(Mesh m) {
        int n = m.nodeCount();
        int nn = m.cellType().nodes();
        int[][] local = CellGeometry.edges(m.cellType());
        int ne = local.length;
        int[] conn = m.cells();
        int cells = m.cellCount();
        int[] rowStart = new int[n + 1];
        for (int c = 0; c < cells; c++) {
            for (int[] e : local) {
                rowStart[Math.min(conn[c * nn + e[0]], conn[c * nn + e[1]]) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] rowFill = new int[n];
        int[] other = new int[rowStart[n]];
        int[] ids = new int[rowStart[n]];
        int[] cellEdges = new int[cells * ne];
        int count = 0;
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < ne; k++) {
                int a = conn[c * nn + local[k][0]];
                int b = conn[c * nn + local[k][1]];
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                int start = rowStart[lo];
                int end = start + rowFill[lo];
                int id = -1;
                for (int p = start; p < end; p++) {
                    if (other[p] == hi) {
                        id = ids[p];
                        break;
                    }
                }
                if (id < 0) {
                    id = count++;
                    other[end] = hi;
                    ids[end] = id;
                    rowFill[lo]++;
                }
                cellEdges[c * ne + k] = id;
            }
        }
        return new Edges(count, cellEdges, rowStart, rowFill, other, ids);
    }

    /**
     * @param m (Input) the mesh. Not modified.
     * @return per node, whether it lies on a cell facet that no other cell shares (all nodes of the facet).
     */
    static boolean[] boundaryNodes(Mesh m) {
        int[][] vc = vertexCells(m);
        int[] offsets = vc[0];
        int[] around = vc[1];
        int nn = m.cellType().nodes();
        int[] conn = m.cells();
        int[][] faces = m.cellType().facetNodes();
        int nv = m.facetType().vertices();
        int[] facet = new int[faces[0].length];
        boolean[] on = new boolean[m.nodeCount()];
        for (int c = 0; c < m.cellCount(); c++) {
            for (int[] face : faces) {
                for (int i = 0; i < face.length; i++) {
                    facet[i] = conn[c * nn + face[i]];
                }
                boolean shared = false;
                for (int p = offsets[facet[0]]; p < offsets[facet[0] + 1] && !shared; p++) {
                    int other = around[p];
                    shared = other != c && cellHasAll(m, other, facet, 1, nv - 1);
                }
                if (!shared) {
                    for (int node : facet) {
                        on[node] = true;
                    }
                }
            }
        }
        return on;
    }
}
