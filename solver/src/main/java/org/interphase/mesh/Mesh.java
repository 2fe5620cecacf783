package org.interphase.mesh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * An unstructured mesh of one cell type (triangles or tetrahedra, linear or quadratic) with named
 * regions (cell physical groups) and named facet groups (boundaries, and interior interfaces).
 *
 * <p>Nodes are numbered 0..n-1; coordinates are stored packed with {@link #dim()} values per node.
 * Cells use {@link ElementType} node order. Facet groups hold facets of the cell type's facet type.
 * A mesh is immutable once built; lengths are in metres unless a case scales them.
 */
public final class Mesh {

    private final String source;
    private final int dim;
    private final double[] coords;
    private final ElementType cellType;
    private final int[] cells;
    private final int[] cellRegion;
    private final Map<String, Integer> regions;
    private final int[] facets;
    private final int[] facetTag;
    private final Map<String, Integer> facetGroups;

    /**
     * @param source      (Input) where the mesh came from (file name or generator), for messages.
     * @param dim         (Input) spatial dimension, 2 or 3.
     * @param coords      (Input) node coordinates, dim per node. Kept, not copied.
     * @param cellType    (Input) the cell type, of topological dimension {@code dim}.
     * @param cells       (Input) cell connectivity, cellType.nodes() per cell. Kept, not copied.
     * @param cellRegion  (Input) region tag per cell. Kept, not copied.
     * @param regions     (Input) region name to tag.
     * @param facets      (Input) tagged facet connectivity, facetType.nodes() per facet. Kept.
     * @param facetTag    (Input) facet group tag per facet. Kept.
     * @param facetGroups (Input) facet group name to tag.
     */
    public Mesh(String source, int dim, double[] coords, ElementType cellType, int[] cells, int[] cellRegion,
            Map<String, Integer> regions, int[] facets, int[] facetTag, Map<String, Integer> facetGroups) {
        Checks.verify(dim == 2 || dim == 3, "mesh dimension must be 2 or 3, got %d", dim);
        Checks.verify(cellType.dim() == dim, "cell type %s does not match mesh dimension %d", cellType, dim);
        Checks.verify(coords.length % dim == 0, "coordinate array length %d is not a multiple of %d", coords.length, dim);
        Checks.verify(cells.length % cellType.nodes() == 0, "cell array length is not a multiple of %d", cellType.nodes());
        Checks.verify(cellRegion.length == cells.length / cellType.nodes(), "one region tag per cell expected");
        Checks.verify(facets.length % cellType.facetType().nodes() == 0, "facet array length is not a multiple of %d",
                cellType.facetType().nodes());
        Checks.verify(facetTag.length == facets.length / cellType.facetType().nodes(), "one tag per facet expected");
        this.source = source;
        this.dim = dim;
        this.coords = coords;
        this.cellType = cellType;
        this.cells = cells;
        this.cellRegion = cellRegion;
        this.regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        this.facets = facets;
        this.facetTag = facetTag;
        this.facetGroups = Collections.unmodifiableMap(new LinkedHashMap<>(facetGroups));
    }

    /** @return where the mesh came from (file name or generator description). */
    public String source() {
        return source;
    }

    /** @return spatial dimension (2 or 3). */
    public int dim() {
        return dim;
    }

    /** @return number of nodes. */
    public int nodeCount() {
        return coords.length / dim;
    }

    /** @return number of cells. */
    public int cellCount() {
        return cellRegion.length;
    }

    /** @return number of tagged facets (all groups). */
    public int facetCount() {
        return facetTag.length;
    }

    /** @return the cell type. */
    public ElementType cellType() {
        return cellType;
    }

    /** @return the facet type (cellType().facetType()). */
    public ElementType facetType() {
        return cellType.facetType();
    }

    /** @return coordinate {@code d} of node {@code n}. */
    public double x(int n, int d) {
        return coords[n * dim + d];
    }

    /** @return the packed coordinate array (dim per node). Not a copy: do not modify. */
    public double[] coords() {
        return coords;
    }

    /** @return the packed cell connectivity. Not a copy: do not modify. */
    public int[] cells() {
        return cells;
    }

    /** @return node {@code k} of cell {@code c}. */
    public int cellNode(int c, int k) {
        return cells[c * cellType.nodes() + k];
    }

    /** @return the region tag of each cell. Not a copy: do not modify. */
    public int[] cellRegions() {
        return cellRegion;
    }

    /** @return region name to tag, in file order. */
    public Map<String, Integer> regions() {
        return regions;
    }

    /** @return the packed tagged-facet connectivity. Not a copy: do not modify. */
    public int[] facets() {
        return facets;
    }

    /** @return the group tag of each tagged facet. Not a copy: do not modify. */
    public int[] facetTags() {
        return facetTag;
    }

    /** @return facet group (boundary or interface) name to tag, in file order. */
    public Map<String, Integer> facetGroups() {
        return facetGroups;
    }

    /**
     * @param name (Input) region name as given in the case file.
     * @return the region tag.
     * @throws InputException naming the mesh and the regions it has, if absent.
     */
    public int regionTag(String name) {
        Integer t = regions.get(name);
        if (t == null) {
            throw InputException.of("region '%s' is not in mesh %s; it has regions %s", name, source, regions.keySet());
        }
        return t;
    }

    /**
     * @param name (Input) boundary or interface name as given in the case file.
     * @return the facet group tag.
     * @throws InputException naming the mesh and the groups it has, if absent.
     */
    public int facetGroupTag(String name) {
        Integer t = facetGroups.get(name);
        if (t == null) {
            throw InputException.of("boundary '%s' is not in mesh %s; it has boundaries %s", name, source,
                    facetGroups.keySet());
        }
        return t;
    }

    /** @return the indices of the tagged facets in group {@code tag}, in storage order. */
    public int[] facetsOfGroup(int tag) {
        int n = 0;
        for (int t : facetTag) {
            if (t == tag) {
                n++;
            }
        }
        int[] out = new int[n];
        n = 0;
        for (int f = 0; f < facetTag.length; f++) {
            if (facetTag[f] == tag) {
                out[n++] = f;
            }
        }
        return out;
    }

    /** @return the sorted, distinct node indices of the facets in group {@code tag}. */
    public int[] nodesOfGroup(int tag) {
        boolean[] on = new boolean[nodeCount()];
        int k = facetType().nodes();
        for (int f = 0; f < facetTag.length; f++) {
            if (facetTag[f] == tag) {
                for (int j = 0; j < k; j++) {
                    on[facets[f * k + j]] = true;
                }
            }
        }
        int n = 0;
        for (boolean b : on) {
            if (b) {
                n++;
            }
        }
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                out[n++] = i;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Mesh[%s: %d nodes, %d %s cells, %d tagged facets]", source,
                nodeCount(), cellCount(), cellType, facetCount());
    }
}
