package org.interphase.physics.czm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.InputException;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.QuadraticElevation;
import org.interphase.mesh.RectangleMesher;

/**
 * Structured meshes of stacked layers (a film on a substrate, the two arms of a double cantilever beam,
 * two blocks): a rectangle (2D) or box (3D) whose last axis is cut into layers, each its own region,
 * with piecewise-uniform spacing along every axis. Facet groups: the box sides {@code left right bottom
 * top [back front]}, the lateral sides of each layer {@code <side>_<region>} (e.g. {@code left_film}),
 * and the interior interface between consecutive layers {@code <lower>_<upper>} (e.g.
 * {@code substrate_film}), the facet group a cohesive interface is inserted on.
 */
public final class LayeredMesher {

    /** A run of equal cells along an axis. */
    public record Segment(double length, int cells) {
        public Segment {
            Checks.input(length > 0 && Double.isFinite(length), "a mesh segment needs a positive length, got %s",
                    length);
            Checks.input(cells >= 1, "a mesh segment needs at least one cell, got %d", cells);
        }
    }

    /** One layer of the stack: a region of a given thickness, meshed by segments along the stacking axis. */
    public record Layer(String region, List<Segment> segments) {
        public double thickness() {
            return segments.stream().mapToDouble(Segment::length).sum();
        }
    }

    private static final String[] SIDES = {"left", "right", "bottom", "top", "back", "front"};

    private LayeredMesher() {
    }

    /**
     * @param origin  (Input) lower corner, 2 or 3 values (m).
     * @param lateral (Input) segments along x (and y in 3D), one list per lateral axis.
     * @param layers  (Input) layers from the bottom (lowest y in 2D, z in 3D) up, at least one.
     * @param order   (Input) 1 (TRI3/TET4) or 2 (TRI6/TET10).
     * @return the mesh with regions named after the layers (tags 1, 2, ... from the bottom).
     */
    public static Mesh build(double[] origin, List<List<Segment>> lateral, List<Layer> layers, int order) {
        int dim = origin.length;
        Checks.verify(dim == 2 || dim == 3, "a layered mesh is 2D or 3D, got %d", dim);
        Checks.verify(lateral.size() == dim - 1, "give %d lateral axes", dim - 1);
        Checks.input(!layers.isEmpty(), "a layered mesh needs at least one layer");
        List<String> names = new ArrayList<>();
        for (Layer l : layers) {
            Checks.input(!names.contains(l.region()), "layer region '%s' is given twice; name each layer once",
                    l.region());
            names.add(l.region());
        }
        double[][] axes = new double[dim][];
        for (int d = 0; d < dim - 1; d++) {
            axes[d] = coordinates(origin[d], lateral.get(d));
        }
        List<Segment> stack = new ArrayList<>();
        int[] layerTop = new int[layers.size()];
        int count = 0;
        for (int l = 0; l < layers.size(); l++) {
            stack.addAll(layers.get(l).segments());
            for (Segment s : layers.get(l).segments()) {
                count += s.cells();
            }
            layerTop[l] = count;
        }
        axes[dim - 1] = coordinates(origin[dim - 1], stack);
        int[] n = new int[dim];
        for (int d = 0; d < dim; d++) {
            n[d] = axes[d].length - 1;
        }
        Mesh unit = dim == 2 ? RectangleMesher.build(0, 0, 1, 1, n[0], n[1], 1, RectangleMesher.Diagonal.ALTERNATE)
                : BoxMesher.build(0, 0, 0, 1, 1, 1, n[0], n[1], n[2], 1);
        double[] x = unit.coords().clone();
        for (int p = 0; p < unit.nodeCount(); p++) {
            for (int d = 0; d < dim; d++) {
                x[p * dim + d] = axes[d][(int) Math.round(x[p * dim + d] * n[d])];
            }
        }
        int nv = dim + 1;
        int[] cells = unit.cells();
        int[] region = new int[unit.cellCount()];
        for (int c = 0; c < unit.cellCount(); c++) {
            double z = 0;
            for (int a = 0; a < nv; a++) {
                z += unit.x(cells[c * nv + a], dim - 1) / nv;
            }
            int index = (int) Math.floor(z * n[dim - 1]);
            int l = 0;
            while (index >= layerTop[l]) {
                l++;
            }
            region[c] = l + 1;
        }
        Map<String, Integer> regions = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            regions.put(names.get(l), l + 1);
        }
        List<int[]> facets = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int t = 1; t <= 2 * dim; t++) {
            groups.put(SIDES[t - 1], t);
        }
        int[] uf = unit.facets();
        int[] utag = unit.facetTags();
        int fn = dim;
        for (int f = 0; f < unit.facetCount(); f++) {
            facets.add(Arrays.copyOfRange(uf, f * fn, f * fn + fn));
            tags.add(utag[f]);
        }
        // lateral sides per layer
        for (int f = 0; f < unit.facetCount(); f++) {
            int side = utag[f] - 1;
            if (side / 2 == dim - 1) {
                continue;
            }
            double z = 0;
            for (int a = 0; a < fn; a++) {
                z += unit.x(uf[f * fn + a], dim - 1) / fn;
            }
            int index = (int) Math.floor(z * n[dim - 1]);
            int l = 0;
            while (index >= layerTop[l]) {
                l++;
            }
            String name = SIDES[side] + "_" + names.get(l);
            int tag = groups.computeIfAbsent(name, k -> groups.size() + 1);
            facets.add(Arrays.copyOfRange(uf, f * fn, f * fn + fn));
            tags.add(tag);
        }
        // interfaces between layers: cell facets whose vertices all lie on a layer boundary
        int[][] local = unit.cellType().facetNodes();
        for (int l = 0; l + 1 < layers.size(); l++) {
            String name = names.get(l) + "_" + names.get(l + 1);
            int tag = groups.computeIfAbsent(name, k -> groups.size() + 1);
            double level = (double) layerTop[l] / n[dim - 1];
            for (int c = 0; c < unit.cellCount(); c++) {
                if (region[c] != l + 1) {
                    continue;
                }
                for (int[] lf : local) {
                    boolean on = true;
                    int[] f = new int[fn];
                    for (int a = 0; a < fn; a++) {
                        f[a] = cells[c * nv + lf[a]];
                        on &= Math.abs(unit.x(f[a], dim - 1) - level) < 1e-12;
                    }
                    if (on) {
                        facets.add(f);
                        tags.add(tag);
                    }
                }
            }
        }
        int[] packed = new int[facets.size() * fn];
        int[] tagArray = new int[facets.size()];
        for (int f = 0; f < facets.size(); f++) {
            System.arraycopy(facets.get(f), 0, packed, f * fn, fn);
            tagArray[f] = tags.get(f);
        }
        String source = String.format(Locale.ROOT, "layered %s mesh (%s; %s cells)", dim == 2 ? "rectangle" : "box",
                String.join("/", names), Arrays.toString(n));
        Mesh m = new Mesh(source, dim, x, unit.cellType(), cells, region, regions, packed, tagArray, groups);
        return order == 2 ? QuadraticElevation.elevate(m) : m;
    }

    private static double[] coordinates(double start, List<Segment> segments) {
        int n = 0;
        for (Segment s : segments) {
            n += s.cells();
        }
        if (n < 1) {
            throw new InputException("a layered mesh axis needs at least one segment");
        }
        double[] x = new double[n + 1];
        x[0] = start;
        int i = 0;
        double at = start;
        for (Segment s : segments) {
            for (int k = 1; k <= s.cells(); k++) {
                x[i + k] = at + s.length() * k / s.cells();
            }
            i += s.cells();
            at += s.length();
        }
        return x;
    }
}
