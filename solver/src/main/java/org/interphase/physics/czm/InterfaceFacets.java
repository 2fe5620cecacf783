package org.interphase.physics.czm;

import org.interphase.mesh.ElementType;

/**
 * The zero-thickness cohesive elements of one interface after its nodes were duplicated: per facet, the
 * nodes on the minus side and the matching nodes on the plus side (same positions, in the facet type's
 * node order), and the minus cell. The local normal points from the minus side into the plus side, so
 * opening is positive.
 *
 * @param name      the interface name (from the case file).
 * @param facetType LINE2, LINE3, TRI3 or TRI6.
 * @param minus     minus-side nodes, facetType.nodes() per facet.
 * @param plus      plus-side nodes, facetType.nodes() per facet.
 * @param minusCell the cell on the minus side of each facet.
 * @param plusCell  the cell on the plus side of each facet.
 */
public record InterfaceFacets(String name, ElementType facetType, int[] minus, int[] plus, int[] minusCell,
        int[] plusCell) {

    /** @return number of cohesive elements. */
    public int count() {
        return minusCell.length;
    }

    /** @return nodes per side of a facet. */
    public int nodesPerSide() {
        return facetType.nodes();
    }

    /** @return the element connectivity for sparsity: minus nodes then plus nodes, 2 n per facet. */
    public int[] connectivity() {
        int k = nodesPerSide();
        int[] c = new int[count() * 2 * k];
        for (int f = 0; f < count(); f++) {
            System.arraycopy(minus, f * k, c, f * 2 * k, k);
            System.arraycopy(plus, f * k, c, f * 2 * k + k, k);
        }
        return c;
    }
}
