package org.interphase.physics.czm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.fe.FacetCells;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * Inserts zero-thickness cohesive elements along named interfaces by duplicating nodes. An interface is
 * either an interior facet group (the facets between two regions, or a cut inside one region) or a
 * boundary pair (two boundary facet groups of separate bodies whose facets coincide).
 *
 * <p>For a facet group, the sides of every interface node are found topologically: the cells around the
 * node are joined when they share a facet through the node that is not on any interface; each joined
 * group is a side. The side holding the minus cells keeps the node, every other side gets a copy. A node
 * with a single side (the tip of a cut that ends inside a region) is not duplicated. The minus side of a
 * facet is the cell in {@code minusRegion} when given, else the cell of the lower region tag, else (a
 * cut inside one region) the side that keeps the facet normals of a connected interface consistent.
 * Every other tagged facet follows the cell it bounds.
 */
public final class InterfaceInsertion {

    /**
     * One interface to insert.
     *
     * @param name        its name.
     * @param group       the facet group (or the minus group of a boundary pair).
     * @param pairedGroup the plus group of a boundary pair, or null.
     * @param minusRegion the region on the minus side, or null for the default rule.
     */
    public record Spec(String name, String group, String pairedGroup, String minusRegion) {
    }

    /**
     * The split mesh and its cohesive elements.
     *
     * @param mesh       the mesh with duplicated nodes.
     * @param interfaces one element set per spec, in order.
     * @param parent     for every node of the new mesh, the node of the input mesh it copies.
     */
    public record Result(Mesh mesh, List<InterfaceFacets> interfaces, int[] parent) {
    }

    private InterfaceInsertion() {
    }

    /** A facet of the input mesh with its two cells and local facet numbers. */
    private record Side(int facet, int minusCell, int minusLocal, int plusCell, int plusLocal) {
    }

    /**
     * @param mesh  (Input) the mesh. Not modified.
     * @param specs (Input) the interfaces.
     * @return the split mesh and the elements.
     * @throws InputException when a group is missing, an interface facet is on the boundary (it needs a
     *                        boundary pair), a minus region does not touch a facet, or pair facets do not
     *                        match.
     */
    public static Result insert(Mesh mesh, List<Spec> specs) {
        FacetCells fc = FacetCells.of(mesh);
        ElementType ct = mesh.cellType();
        int cn = ct.nodes();
        int[][] local = ct.facetNodes();
        List<List<Side>> sides = new ArrayList<>();
        for (Spec s : specs) {
            sides.add(s.pairedGroup() == null ? groupSides(mesh, fc, s) : pairSides(mesh, fc, s));
        }
        int[] cells = mesh.cells().clone();
        double[] x = mesh.coords();
        int dim = mesh.dim();
        // cut facets (group interfaces only) keyed by their sorted vertices
        Map<FacetKey, Boolean> cut = new HashMap<>();
        int[] minusOf = new int[mesh.nodeCount()];
        Arrays.fill(minusOf, -1);
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).pairedGroup() != null) {
                continue;
            }
            for (Side s : sides.get(i)) {
                int[] lf = local[s.minusLocal()];
                cut.put(FacetKey.of(mesh.cells(), s.minusCell() * cn, lf, dim), Boolean.TRUE);
                for (int a : lf) {
                    int v = mesh.cells()[s.minusCell() * cn + a];
                    if (minusOf[v] < 0) {
                        minusOf[v] = s.minusCell();
                    }
                }
            }
        }
        int[] start = new int[mesh.nodeCount() + 1];
        for (int v : mesh.cells()) {
            start[v + 1]++;
        }
        for (int i = 0; i < mesh.nodeCount(); i++) {
            start[i + 1] += start[i];
        }
        int[] around = new int[mesh.cells().length];
        int[] fill = Arrays.copyOf(start, mesh.nodeCount());
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int a = 0; a < cn; a++) {
                around[fill[mesh.cells()[c * cn + a]]++] = c;
            }
        }
        List<Integer> parents = new ArrayList<>();
        int next = mesh.nodeCount();
        for (int v = 0; v < mesh.nodeCount(); v++) {
            if (minusOf[v] < 0) {
                continue;
            }
            int m = start[v + 1] - start[v];
            int[] root = new int[m];
            for (int i = 0; i < m; i++) {
                root[i] = i;
            }
            Map<FacetKey, Integer> seen = new HashMap<>();
            for (int i = 0; i < m; i++) {
                int c = around[start[v] + i];
                for (int[] lf : local) {
                    if (!contains(mesh.cells(), c * cn, lf, v)) {
                        continue;
                    }
                    FacetKey key = FacetKey.of(mesh.cells(), c * cn, lf, dim);
                    if (cut.containsKey(key)) {
                        continue;
                    }
                    Integer other = seen.putIfAbsent(key, i);
                    if (other != null) {
                        union(root, other, i);
                    }
                }
            }
            int keep = -1;
            for (int i = 0; i < m; i++) {
                if (around[start[v] + i] == minusOf[v]) {
                    keep = find(root, i);
                }
            }
            Map<Integer, Integer> copyOf = new HashMap<>();
            for (int i = 0; i < m; i++) {
                int r = find(root, i);
                if (r == keep) {
                    continue;
                }
                Integer id = copyOf.get(r);
                if (id == null) {
                    id = next++;
                    copyOf.put(r, id);
                    parents.add(v);
                }
                int c = around[start[v] + i];
                for (int a = 0; a < cn; a++) {
                    if (mesh.cells()[c * cn + a] == v) {
                        cells[c * cn + a] = id;
                    }
                }
            }
        }
        double[] coords = Arrays.copyOf(x, next * dim);
        int[] parent = new int[next];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            parent[i] = i;
        }
        for (int i = mesh.nodeCount(); i < next; i++) {
            int p = parents.get(i - mesh.nodeCount());
            parent[i] = p;
            System.arraycopy(x, p * dim, coords, i * dim, dim);
        }
        int fn = mesh.facetType().nodes();
        int[] facets = mesh.facets().clone();
        Map<Integer, Integer> minusCellOfFacet = new HashMap<>();
        for (List<Side> list : sides) {
            for (Side s : list) {
                minusCellOfFacet.put(s.facet(), s.minusCell());
            }
        }
        for (int f = 0; f < mesh.facetCount(); f++) {
            int c = minusCellOfFacet.getOrDefault(f, fc.cell(f));
            for (int a = 0; a < fn; a++) {
                facets[f * fn + a] = renumber(mesh.cells(), cells, c * cn, mesh.facets()[f * fn + a]);
            }
        }
        Mesh split = new Mesh(mesh.source() + ", cohesive", dim, coords, ct, cells, mesh.cellRegions(),
                mesh.regions(), facets, mesh.facetTags(), mesh.facetGroups());
        List<InterfaceFacets> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(elements(mesh, split, specs.get(i), sides.get(i)));
        }
        return new Result(split, out, parent);
    }

    private static InterfaceFacets elements(Mesh old, Mesh split, Spec spec, List<Side> sides) {
        ElementType ct = old.cellType();
        int cn = ct.nodes();
        int fn = old.facetType().nodes();
        int[][] local = ct.facetNodes();
        int n = sides.size();
        int[] minus = new int[n * fn];
        int[] plus = new int[n * fn];
        int[] mc = new int[n];
        int[] pc = new int[n];
        boolean pair = spec.pairedGroup() != null;
        int dim = old.dim();
        double tol = pair ? 1e-9 * Box.extent(old) : 0.0;
        for (int k = 0; k < n; k++) {
            Side s = sides.get(k);
            mc[k] = s.minusCell();
            pc[k] = s.plusCell();
            int[] lf = local[s.minusLocal()];
            for (int a = 0; a < fn; a++) {
                int v = old.cells()[s.minusCell() * cn + lf[a]];
                minus[k * fn + a] = split.cells()[s.minusCell() * cn + lf[a]];
                int p = -1;
                if (pair) {
                    for (int b : local[s.plusLocal()]) {
                        int w = old.cells()[s.plusCell() * cn + b];
                        if (samePoint(old, v, w, dim, tol)) {
                            p = split.cells()[s.plusCell() * cn + b];
                        }
                    }
                } else {
                    p = renumber(old.cells(), split.cells(), s.plusCell() * cn, v);
                }
                if (p < 0) {
                    throw InputException.of("interface '%s': node %d of facet %d has no partner on the %s side; "
                            + "the boundary pair's facets must coincide node by node", spec.name(), v, s.facet(),
                            spec.pairedGroup());
                }
                plus[k * fn + a] = p;
            }
        }
        return new InterfaceFacets(spec.name(), old.facetType(), minus, plus, mc, pc);
    }

    private static boolean samePoint(Mesh m, int a, int b, int dim, double tol) {
        for (int d = 0; d < dim; d++) {
            if (Math.abs(m.x(a, d) - m.x(b, d)) > tol) {
                return false;
            }
        }
        return true;
    }

    /** The node of {@code newCells} at the position where {@code oldCells} has {@code v}, in one cell. */
    private static int renumber(int[] oldCells, int[] newCells, int off, int v) {
        int k = 0;
        while (oldCells[off + k] != v) {
            k++;
        }
        return newCells[off + k];
    }

    private static boolean contains(int[] cells, int off, int[] lf, int v) {
        for (int a : lf) {
            if (cells[off + a] == v) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Sorted vertex numbers of a cell facet. */
    private record FacetKey(int a, int b, int c) {
        static FacetKey of(int[] cells, int off, int[] lf, int dim) {
            int[] v = new int[dim];
            for (int k = 0; k < dim; k++) {
                v[k] = cells[off + lf[k]];
            }
            Arrays.sort(v);
            return new FacetKey(v[0], v[1], dim == 3 ? v[2] : -1);
        }
    }

    private static List<Side> groupSides(Mesh mesh, FacetCells fc, Spec spec) {
        int tag = groupTag(mesh, spec, spec.group());
        Integer minusTag = spec.minusRegion() == null ? null : regionTag(mesh, spec);
        int[] facets = mesh.facetsOfGroup(tag);
        if (facets.length == 0) {
            throw InputException.of("interface '%s': facet group '%s' of mesh %s has no facets", spec.name(),
                    spec.group(), mesh.source());
        }
        int[] region = mesh.cellRegions();
        List<Side> out = new ArrayList<>();
        boolean oneRegion = true;
        for (int f : facets) {
            int c0 = fc.cell(f);
            int c1 = fc.otherCell(f);
            if (c1 < 0) {
                throw InputException.of("interface '%s': facet %d of group '%s' in mesh %s lies on the boundary (one "
                        + "cell); an interface needs interior facets, or give it as a boundary pair with 'between: "
                        + "[group_a, group_b]'", spec.name(), f, spec.group(), mesh.source());
            }
            boolean swap;
            if (minusTag != null) {
                if (region[c0] != minusTag && region[c1] != minusTag) {
                    throw InputException.of("interface '%s': facet %d of group '%s' does not touch region '%s'; "
                            + "check minus_region", spec.name(), f, spec.group(), spec.minusRegion());
                }
                swap = region[c0] != minusTag;
                oneRegion = false;
            } else if (region[c0] != region[c1]) {
                swap = region[c0] > region[c1];
                oneRegion = false;
            } else {
                swap = false;
            }
            out.add(swap ? new Side(f, c1, fc.otherLocalFacet(f), c0, fc.localFacet(f))
                    : new Side(f, c0, fc.localFacet(f), c1, fc.otherLocalFacet(f)));
        }
        return oneRegion ? orient(mesh, out) : out;
    }

    /** Flips facets of a cut inside one region so that neighbouring facet normals agree (breadth first). */
    private static List<Side> orient(Mesh mesh, List<Side> in) {
        int n = in.size();
        double[][] normal = new double[n][];
        Map<Integer, List<Integer>> byNode = new HashMap<>();
        int cn = mesh.cellType().nodes();
        int[][] local = mesh.cellType().facetNodes();
        for (int k = 0; k < n; k++) {
            Side s = in.get(k);
            normal[k] = towards(mesh, s.minusCell(), s.plusCell());
            for (int a : local[s.minusLocal()]) {
                byNode.computeIfAbsent(mesh.cells()[s.minusCell() * cn + a], key -> new ArrayList<>()).add(k);
            }
        }
        boolean[] flip = new boolean[n];
        boolean[] done = new boolean[n];
        List<Side> out = new ArrayList<>(in);
        for (int seed = 0; seed < n; seed++) {
            if (done[seed]) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(seed);
            done[seed] = true;
            while (!queue.isEmpty()) {
                int k = queue.poll();
                Side s = in.get(k);
                for (int a : local[s.minusLocal()]) {
                    for (int j : byNode.get(mesh.cells()[s.minusCell() * cn + a])) {
                        if (!done[j]) {
                            double dot = 0;
                            for (int d = 0; d < mesh.dim(); d++) {
                                dot += normal[k][d] * normal[j][d];
                            }
                            flip[j] = flip[k] ^ (dot < 0);
                            done[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (flip[k]) {
                Side s = in.get(k);
                out.set(k, new Side(s.facet(), s.plusCell(), s.plusLocal(), s.minusCell(), s.minusLocal()));
            }
        }
        return out;
    }

    /** The direction from the centroid of cell a to that of cell b. */
    private static double[] towards(Mesh mesh, int a, int b) {
        int dim = mesh.dim();
        int nv = mesh.cellType().vertices();
        double[] v = new double[dim];
        for (int k = 0; k < nv; k++) {
            for (int d = 0; d < dim; d++) {
                v[d] += (mesh.x(mesh.cellNode(b, k), d) - mesh.x(mesh.cellNode(a, k), d)) / nv;
            }
        }
        return v;
    }

    private static List<Side> pairSides(Mesh mesh, FacetCells fc, Spec spec) {
        int[] a = mesh.facetsOfGroup(groupTag(mesh, spec, spec.group()));
        int[] b = mesh.facetsOfGroup(groupTag(mesh, spec, spec.pairedGroup()));
        if (a.length != b.length || a.length == 0) {
            throw InputException.of("interface '%s': boundary pair groups '%s' (%d facets) and '%s' (%d facets) must "
                    + "have the same, non-zero number of facets", spec.name(), spec.group(), a.length,
                    spec.pairedGroup(), b.length);
        }
        double tol = 1e-9 * Box.extent(mesh);
        Map<String, Integer> byCentre = new LinkedHashMap<>();
        for (int f : b) {
            checkBoundary(fc, spec, spec.pairedGroup(), f);
            byCentre.put(centreKey(mesh, f, tol), f);
        }
        List<Side> out = new ArrayList<>();
        for (int f : a) {
            checkBoundary(fc, spec, spec.group(), f);
            Integer g = byCentre.get(centreKey(mesh, f, tol));
            if (g == null) {
                throw InputException.of("interface '%s': facet %d of '%s' has no coinciding facet in '%s'; a boundary "
                        + "pair needs matching facets", spec.name(), f, spec.group(), spec.pairedGroup());
            }
            out.add(new Side(f, fc.cell(f), fc.localFacet(f), fc.cell(g), fc.localFacet(g)));
        }
        return out;
    }

    private static void checkBoundary(FacetCells fc, Spec spec, String group, int f) {
        if (fc.otherCell(f) >= 0) {
            throw InputException.of("interface '%s': facet %d of '%s' is interior (two cells); a boundary pair joins "
                    + "two separate bodies, so give an interior interface as 'facets: %s' instead", spec.name(), f,
                    group, group);
        }
    }

    private static String centreKey(Mesh mesh, int f, double tol) {
        int fn = mesh.facetType().nodes();
        int nv = mesh.dim();
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < mesh.dim(); d++) {
            double c = 0;
            for (int k = 0; k < nv; k++) {
                c += mesh.x(mesh.facets()[f * fn + k], d) / nv;
            }
            s.append(String.format(Locale.ROOT, "%d,", Math.round(c / (tol * 10))));
        }
        return s.toString();
    }

    private static int groupTag(Mesh mesh, Spec spec, String group) {
        Integer t = mesh.facetGroups().get(group);
        if (t == null) {
            throw InputException.of("interface '%s': facet group '%s' is not in mesh %s; it has %s", spec.name(),
                    group, mesh.source(), mesh.facetGroups().keySet());
        }
        return t;
    }

    private static int regionTag(Mesh mesh, Spec spec) {
        Integer t = mesh.regions().get(spec.minusRegion());
        if (t == null) {
            throw InputException.of("interface '%s': minus_region '%s' is not in mesh %s; it has regions %s",
                    spec.name(), spec.minusRegion(), mesh.source(), mesh.regions().keySet());
        }
        return t;
    }
}
