package org.interphase.io.gmsh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.interphase.core.InputException;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshChecks;
import org.interphase.mesh.OriginalTags;

/**
 * What a .msh file holds, as read (nodes with their tags, element blocks, physical names, entity
 * physical groups), and its conversion to a {@link Mesh}: the highest element dimension gives the cells
 * and its physical groups the regions, the dimension below gives the facet groups; Gmsh node order is
 * converted to VTK order (tet10), clockwise 2D meshes are flipped, and the result is checked.
 */
final class MshContent {

    private final MshCursor cursor;
    /** Physical name by {@link #key}(dim, tag). */
    final Map<Long, String> names = new HashMap<>();
    /** Physical tags of each entity by {@link #key}(dim, entity tag) (MSH 4.1). */
    final Map<Long, int[]> entityPhysicals = new HashMap<>();
    long[] nodeTags;
    double[] xyz;
    int nodeCount;
    TagIndex index;
    final List<Block> blocks = new ArrayList<>();

    MshContent(MshCursor cursor) {
        this.cursor = cursor;
    }

    static long key(int dim, long tag) {
        return ((long) dim << 32) | (tag & 0xFFFFFFFFL);
    }

    /** Elements of one Gmsh type (of one entity in MSH 4.1), node tags already turned into indices. */
    static final class Block {
        final GmshType type;
        final int at;
        final int entityTag;
        /** The entity's physical tags (MSH 4.1), or null when each element has its own (MSH 2.2). */
        final int[] physical;
        int count;
        long[] tags;
        int[] nodes;
        int[] elementPhysical;

        Block(GmshType type, int at, int entityTag, int[] physical, int capacity) {
            this.type = type;
            this.at = at;
            this.entityTag = entityTag;
            this.physical = physical;
            this.tags = new long[Math.max(capacity, 1)];
            this.nodes = new int[Math.max(capacity, 1) * type.nodes()];
            this.elementPhysical = physical == null ? new int[Math.max(capacity, 1)] : null;
        }

        /** Makes room for one more element and returns its offset in {@link #nodes}. */
        int add(long tag, int elementPhysicalTag) {
            if (count == tags.length) {
                tags = Arrays.copyOf(tags, 2 * count);
                nodes = Arrays.copyOf(nodes, 2 * count * type.nodes());
                if (elementPhysical != null) {
                    elementPhysical = Arrays.copyOf(elementPhysical, 2 * count);
                }
            }
            tags[count] = tag;
            if (elementPhysical != null) {
                elementPhysical[count] = elementPhysicalTag;
            }
            return count++ * type.nodes();
        }

        /** @return the physical tags of element e (0, 1 or more). */
        int[] physicalOf(int e) {
            if (physical != null) {
                return physical;
            }
            return elementPhysical[e] == 0 ? new int[0] : new int[] {elementPhysical[e]};
        }
    }

    private InputException error(int at, String format, Object... args) {
        return cursor.errorAt(at, format, args);
    }

    /** @return the checked mesh. */
    GmshMesh toMesh() {
        String file = cursor.file();
        if (nodeCount == 0) {
            throw InputException.of("Mesh file %s has no nodes: mesh the geometry (gmsh -2 or -3) and save it again",
                    file);
        }
        int cellDim = 0;
        for (Block b : blocks) {
            cellDim = Math.max(cellDim, b.type.dim());
        }
        if (cellDim < 2) {
            throw InputException.of("Mesh file %s has no triangles or tetrahedra: mesh the surfaces (gmsh -2) or "
                    + "volumes (gmsh -3) and save it again", file);
        }
        ElementType cellType = cellType(cellDim);
        List<Block> cellBlocks = new ArrayList<>();
        int cells = 0;
        for (Block b : blocks) {
            if (b.type.dim() == cellDim) {
                cellBlocks.add(b);
                cells += b.count;
            }
        }
        int nn = cellType.nodes();
        int[] conn = new int[cells * nn];
        long[] cellTags = new long[cells];
        int[] regionOf = new int[cells];
        int c = 0;
        int ungrouped = 0;
        long firstUngrouped = -1;
        for (Block b : cellBlocks) {
            if (b.physical != null && b.physical.length > 1) {
                throw error(b.at, "entity %d of dimension %d is in %d physical groups (%s); a cell can be in one "
                        + "region only: remove the entity from all but one Physical %s", b.entityTag, cellDim,
                        b.physical.length, groupNames(cellDim, b.physical), cellDim == 2 ? "Surface" : "Volume");
            }
            System.arraycopy(b.nodes, 0, conn, c * nn, b.count * nn);
            System.arraycopy(b.tags, 0, cellTags, c, b.count);
            for (int e = 0; e < b.count; e++, c++) {
                int[] p = b.physicalOf(e);
                regionOf[c] = p.length == 0 ? 0 : p[0];
                if (p.length == 0 && ungrouped++ == 0) {
                    firstUngrouped = b.tags[e];
                }
            }
        }
        Map<String, Integer> regions;
        if (ungrouped == cells) {
            regions = Map.of("domain", 0);
        } else if (ungrouped > 0) {
            throw InputException.of("Mesh file %s: %d of %d cells (the first is Gmsh element %d) are in no physical "
                    + "group of dimension %d while the others are; put every %s in a Physical %s (or save without "
                    + "Mesh.SaveAll) and re-mesh", file, ungrouped, cells, firstUngrouped, cellDim,
                    cellDim == 2 ? "surface" : "volume", cellDim == 2 ? "Surface" : "Volume");
        } else {
            regions = namedGroups(cellDim, regionOf);
        }
        if (cellType == ElementType.TET10) {
            for (int k = 0; k < cells; k++) {
                int t = conn[k * nn + 8];
                conn[k * nn + 8] = conn[k * nn + 9];
                conn[k * nn + 9] = t;
            }
        }
        int dim = cellDim;
        double[] coords = coordinates(dim);
        if (dim == 2) {
            orientCounterClockwise(coords, cellType, conn, cells);
        }
        Facets f = facets(cellDim, cellType.facetType());
        Mesh mesh = new Mesh(file, dim, coords, cellType, conn, regionOf, regions, f.nodes, f.tags,
                namedGroups(cellDim - 1, f.tags));
        OriginalTags tags = new OriginalTags("Gmsh", Arrays.copyOf(nodeTags, nodeCount), cellTags, f.elementTags);
        MeshChecks.check(mesh, tags);
        return new GmshMesh(mesh, tags);
    }

    private ElementType cellType(int cellDim) {
        ElementType type = null;
        Block first = null;
        for (Block b : blocks) {
            if (b.type.dim() != cellDim) {
                continue;
            }
            ElementType t = ElementType.fromGmsh(b.type.number());
            if (t == null) {
                throw error(b.at, "Gmsh element type %d (%s) is not supported; %s", b.type.number(), b.type.name(),
                        b.type.advice());
            }
            if (type == null) {
                type = t;
                first = b;
            } else if (t != type) {
                throw error(b.at, "the mesh mixes Gmsh element types %d (%s) and %d (%s); give the whole mesh one "
                        + "element order (Mesh.ElementOrder, or gmsh -order 2) and re-mesh", first.type.number(),
                        first.type.name(), b.type.number(), b.type.name());
            }
        }
        return type;
    }

    /** Tagged facet connectivity, group tag and Gmsh element tag per facet. */
    private static final class Facets {
        int[] nodes;
        int[] tags;
        long[] elementTags;
    }

    private Facets facets(int cellDim, ElementType facetType) {
        int total = 0;
        for (Block b : blocks) {
            if (b.type.dim() != cellDim - 1) {
                continue;
            }
            int before = total;
            for (int e = 0; e < b.count; e++) {
                total += b.physicalOf(e).length;
            }
            if (total > before && ElementType.fromGmsh(b.type.number()) != facetType) {
                throw error(b.at, "facet elements of Gmsh type %d (%s) do not fit the cells, whose facets are Gmsh "
                        + "type %d (%s); give the whole mesh one element order (Mesh.ElementOrder, or gmsh -order "
                        + "2) and re-mesh", b.type.number(), b.type.name(), facetType.gmshType(),
                        GmshType.of(facetType.gmshType()).name());
            }
        }
        int fn = facetType.nodes();
        Facets f = new Facets();
        f.nodes = new int[total * fn];
        f.tags = new int[total];
        f.elementTags = new long[total];
        int k = 0;
        for (Block b : blocks) {
            if (b.type.dim() != cellDim - 1) {
                continue;
            }
            for (int e = 0; e < b.count; e++) {
                for (int tag : b.physicalOf(e)) {
                    System.arraycopy(b.nodes, e * fn, f.nodes, k * fn, fn);
                    f.tags[k] = tag;
                    f.elementTags[k++] = b.tags[e];
                }
            }
        }
        return f;
    }

    private String groupNames(int dim, int[] tags) {
        List<String> out = new ArrayList<>();
        for (int t : tags) {
            out.add("'" + names.getOrDefault(key(dim, t), Integer.toString(t)) + "'");
        }
        return String.join(", ", out);
    }

    /** @return name to tag for the distinct tags in {@code tagOf}, by increasing tag. */
    private Map<String, Integer> namedGroups(int dim, int[] tagOf) {
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int t : tagOf) {
            distinct.add(t);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int t : distinct) {
            String name = names.getOrDefault(key(dim, t), Integer.toString(t));
            Integer other = out.put(name, t);
            if (other != null) {
                throw InputException.of("Mesh file %s has two physical groups of dimension %d named '%s' (tags %d and "
                        + "%d); give them different names", cursor.file(), dim, name, other, t);
            }
        }
        return out;
    }

    private double[] coordinates(int dim) {
        if (dim == 3) {
            return Arrays.copyOf(xyz, 3 * nodeCount);
        }
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 3 * nodeCount; i++) {
            lo[i % 3] = Math.min(lo[i % 3], xyz[i]);
            hi[i % 3] = Math.max(hi[i % 3], xyz[i]);
        }
        double diag = Math.sqrt((hi[0] - lo[0]) * (hi[0] - lo[0]) + (hi[1] - lo[1]) * (hi[1] - lo[1])
                + (hi[2] - lo[2]) * (hi[2] - lo[2]));
        if (hi[2] - lo[2] > 1e-12 * diag) {
            throw InputException.of("Mesh file %s has triangles that do not lie in one plane z = const (z from %s to "
                    + "%s); Interphase solves 2D problems in the x-y plane: mesh a planar surface at z = 0",
                    cursor.file(), lo[2], hi[2]);
        }
        double[] out = new double[2 * nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            out[2 * i] = xyz[3 * i];
            out[2 * i + 1] = xyz[3 * i + 1];
        }
        return out;
    }

    /** Flips every triangle when all are clockwise (a convention of the file, not an error). */
    private static void orientCounterClockwise(double[] x, ElementType type, int[] conn, int cells) {
        int nn = type.nodes();
        for (int c = 0; c < cells; c++) {
            int a = conn[c * nn];
            int b = conn[c * nn + 1];
            int d = conn[c * nn + 2];
            double area = (x[2 * b] - x[2 * a]) * (x[2 * d + 1] - x[2 * a + 1])
                    - (x[2 * d] - x[2 * a]) * (x[2 * b + 1] - x[2 * a + 1]);
            if (!(area < 0.0)) {
                return;
            }
        }
        for (int c = 0; c < cells; c++) {
            swap(conn, c * nn + 1, c * nn + 2);
            if (nn == 6) {
                swap(conn, c * nn + 3, c * nn + 5);
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
