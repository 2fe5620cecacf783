package org.interphase.assembly;

import org.interphase.core.Checks;

/**
 * Degrees of freedom of a Lagrange field with {@code components} values per mesh node, interleaved
 * (dof = slot(node) * components + c), so each node is a block for multigrid. Several mesh nodes may
 * share one slot (periodic images); {@link #identity} is the usual one-slot-per-node map.
 */
public final class DofMap {

    private final int nodes;
    private final int components;
    private final int[] slot;
    private final int slots;

    private DofMap(int nodes, int components, int[] slot, int slots) {
        this.nodes = nodes;
        this.components = components;
        this.slot = slot;
        this.slots = slots;
    }

    /** @return one slot per node. */
    public static DofMap identity(int nodes, int components) {
        int[] s = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            s[i] = i;
        }
        return new DofMap(nodes, components, s, nodes);
    }

    /**
     * A map in which each {@code image[k]} node shares the slot of {@code source[k]} (periodic
     * boundaries). Slots are renumbered contiguously in node order.
     */
    public static DofMap periodic(int nodes, int components, int[] image, int[] source) {
        Checks.verify(image.length == source.length, "periodic pairs: %d images but %d sources", image.length,
                source.length);
        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < image.length; k++) {
            int a = root(parent, image[k]);
            int b = root(parent, source[k]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] s = new int[nodes];
        int[] rootSlot = new int[nodes];
        java.util.Arrays.fill(rootSlot, -1);
        int n = 0;
        for (int i = 0; i < nodes; i++) {
            int r = root(parent, i);
            if (rootSlot[r] < 0) {
                rootSlot[r] = n++;
            }
            s[i] = rootSlot[r];
        }
        return new DofMap(nodes, components, s, n);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** @return number of mesh nodes. */
    public int nodes() {
        return nodes;
    }

    /** @return values per node. */
    public int components() {
        return components;
    }

    /** @return number of distinct node slots (rows of the node graph). */
    public int slots() {
        return slots;
    }

    /** @return total number of dofs. */
    public int size() {
        return slots * components;
    }

    /** @return the slot of a mesh node. */
    public int slot(int node) {
        return slot[node];
    }

    /** @return the dof of component c at a mesh node. */
    public int dof(int node, int c) {
        return slot[node] * components + c;
    }

    /** @return true when every node has its own slot. */
    public boolean isIdentity() {
        return slots == nodes;
    }

    /**
     * Values per mesh node from a dof vector.
     *
     * @param u (Input) dof vector. Not modified.
     * @return nodes * components values, node-major.
     */
    public double[] toNodal(double[] u) {
        double[] out = new double[nodes * components];
        for (int i = 0; i < nodes; i++) {
            System.arraycopy(u, slot[i] * components, out, i * components, components);
        }
        return out;
    }
}
