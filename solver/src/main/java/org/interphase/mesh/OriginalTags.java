package org.interphase.mesh;

import java.util.Locale;

/**
 * The numbers a mesh file gave its nodes, cells and tagged facets, kept beside a {@link Mesh} (which
 * numbers everything from 0) so that messages can name elements the way the user's mesh tool shows them.
 *
 * @param system the numbering's owner, for messages ("Gmsh").
 * @param nodes  original tag of each node, by node index.
 * @param cells  original element tag of each cell, by cell index.
 * @param facets original element tag of each tagged facet, by facet index (a facet in two groups
 *               appears twice with the same tag).
 */
public record OriginalTags(String system, long[] nodes, long[] cells, long[] facets) {

    /** @return a description of node {@code n} for messages, e.g. "node 4 (Gmsh node 17)". */
    public String node(int n) {
        return String.format(Locale.ROOT, "node %d (%s node %d)", n, system, nodes[n]);
    }

    /** @return a description of cell {@code c} for messages, e.g. "cell 12 (Gmsh element 345)". */
    public String cell(int c) {
        return String.format(Locale.ROOT, "cell %d (%s element %d)", c, system, cells[c]);
    }

    /** @return a description of tagged facet {@code f} for messages. */
    public String facet(int f) {
        return String.format(Locale.ROOT, "facet %d (%s element %d)", f, system, facets[f]);
    }

    /** @return "node n", or the tagged description when {@code tags} is not null. */
    static String node(OriginalTags tags, int n) {
        return tags == null ? "node " + n : tags.node(n);
    }

    /** @return "cell c", or the tagged description when {@code tags} is not null. */
    static String cell(OriginalTags tags, int c) {
        return tags == null ? "cell " + c : tags.cell(c);
    }

    /** @return "facet f", or the tagged description when {@code tags} is not null. */
    static String facet(OriginalTags tags, int f) {
        return tags == null ? "facet " + f : tags.facet(f);
    }
}
