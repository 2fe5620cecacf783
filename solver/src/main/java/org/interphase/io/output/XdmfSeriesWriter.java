package org.interphase.io.output;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.interphase.core.Checks;

/**
 * A time series of fields on one {@link Grid}, written as XDMF 3 (light data, XML) plus HDF5 (heavy data)
 * for ParaView. Files, all in one directory:
 *
 * <pre>
 * &lt;base&gt;_mesh.h5     written once: /geometry  float64 [points][3] (2D points get z = 0)
 *                                 /topology  int64   [cells][nodesPerCell], VTK node order
 *                                 /region    int32   [cells]               (when the grid has regions)
 *                     root attributes: cell_type and the caller's metadata (strings)
 * &lt;base&gt;_NNNNNN.h5   one per step: one dataset per field, named as the field,
 *                     float64 [tuples] for scalars, [tuples][3|6|9] otherwise; int32 [cells];
 *                     root attribute time (float64)
 * &lt;base&gt;.xdmf        a temporal collection of uniform grids, one per step, rewritten after every step
 * </pre>
 *
 * <p>Every file is replaced atomically ({@link AtomicFiles}), and a step's HDF5 file is complete before
 * the XDMF file that names it, so after each {@link #writeStep} the series on disk is complete and opens
 * in ParaView, even while the run continues. Several writers may share a directory with different bases
 * (for example a volume and a cohesive-interface series).
 *
 * <p>Checked with ParaView 5.11 (Debian) by {@code validation/src/test/resources/paraview/check_xdmf.py}:
 * {@code OpenDataFile} picks {@code Xdmf3ReaderS} for {@code .xdmf}; it and {@code Xdmf3ReaderT} read this
 * layout as written, for Triangle(_6), Tetrahedron(_10), Polyline (LINE2) and Edge_3 (LINE3) cells, with
 * int64 topology, int32 cell data, exact time values and quadratic cells drawn curved. A "Tensor6" array
 * arrives with 6 components named XX YY ZZ XY YZ XZ, the order written here. The legacy {@code XDMFReader}
 * ("XDMF Reader" in the GUI's reader choice) expands Tensor6 to 9 components assuming the XDMF order
 * XX XY XZ YY YZ ZZ, which misplaces the off-diagonal entries: open the files with an Xdmf3 reader. A
 * series that grows while ParaView has it open shows new steps after File &gt; Reload Files. Datasets are
 * row-major as HDF5 stores them; XDMF {@code Dimensions} list the slow index first ("cells nodesPerCell").
 */
public final class XdmfSeriesWriter implements AutoCloseable {

    private static final Pattern BASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final String INDENT = "  ";

    /** One HDF5 dataset as the XDMF file references it. */
    private record Item(String file, String dataset, int[] dims, String numberType, int precision) {
    }

    /** One XDMF Attribute of a step. */
    private record Attribute(String name, String type, String center, Item item) {
    }

    /** One written step. */
    private record Step(double time, List<Attribute> attributes) {
    }

    private final Path dir;
    private final String base;
    private final Grid grid;
    private final Item geometry;
    private final Item topology;
    private final Attribute region;
    private final List<Step> steps = new ArrayList<>();
    private boolean closed;

    /**
     * Writes {@code <base>_mesh.h5}; the XDMF file appears with the first step.
     *
     * @param dir  (Input) output directory, created when absent.
     * @param base (Input) file name prefix: letters, digits and {@code _ . -}.
     * @param grid (Input) the grid every step lives on. Kept; do not modify its arrays.
     */
    public XdmfSeriesWriter(Path dir, String base, Grid grid) {
        this(dir, base, grid, Map.of());
    }

    /**
     * Writes {@code <base>_mesh.h5} with {@code metadata} as string attributes on its root group (for
     * example the Interphase version, the device and the resolved case as JSON).
     *
     * @param dir      (Input) output directory, created when absent.
     * @param base     (Input) file name prefix: letters, digits and {@code _ . -}.
     * @param grid     (Input) the grid every step lives on. Kept; do not modify its arrays.
     * @param metadata (Input) attribute name to value. Not modified.
     */
    public XdmfSeriesWriter(Path dir, String base, Grid grid, Map<String, String> metadata) {
        Checks.verify(base != null && BASE.matcher(base).matches(),
                "output base name '%s' must be letters, digits, '_', '.' or '-'", base);
        this.dir = dir;
        this.base = base;
        this.grid = grid;
        String meshFile = base + "_mesh.h5";
        int n = grid.pointCount();
        int m = grid.cellCount();
        int k = grid.cellType().nodes();
        geometry = new Item(meshFile, "geometry", new int[] {n, 3}, "Float", 8);
        topology = new Item(meshFile, "topology", new int[] {m, k}, "Int", 8);
        region = grid.hasRegions()
                ? new Attribute("region", "Scalar", "Cell", new Item(meshFile, "region", new int[] {m}, "Int", 4))
                : null;
        Map<String, String> attributes = new LinkedHashMap<>(metadata);
        attributes.put("cell_type", grid.cellType().xdmfName());
        AtomicFiles.write(dir.resolve(meshFile), tmp -> {
            try (WritableHdfFile h5 = HdfFile.write(tmp)) {
                h5.putDataset(geometry.dataset(), points3(grid));
                h5.putDataset(topology.dataset(), connectivity(grid));
                if (region != null) {
                    h5.putDataset(region.item().dataset(), grid.regions());
                }
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    h5.putAttribute(a.getKey(), a.getValue());
                }
            }
        });
    }

    /**
     * Writes {@code <base>_NNNNNN.h5} (NNNNNN = {@link #stepCount()} before the call) with one dataset per
     * field, then rewrites {@code <base>.xdmf} to list every step so far.
     *
     * @param time   (Input) the step's time in seconds; finite and greater than the previous step's.
     * @param fields (Input) the fields, with distinct names, sized to the grid's points or cells. Not modified.
     * @return the step's HDF5 file.
     */
    public Path writeStep(double time, List<Field> fields) {
        Checks.verify(!closed, "series '%s' is closed", base);
        Checks.verify(Double.isFinite(time), "step time must be finite, got %s", time);
        Checks.verify(steps.isEmpty() || time > steps.get(steps.size() - 1).time(),
                "step time %s does not exceed the previous step's %s in series '%s'", time,
                steps.isEmpty() ? null : steps.get(steps.size() - 1).time(), base);
        Set<String> names = new HashSet<>();
        if (region != null) {
            names.add(region.name());
        }
        for (Field f : fields) {
            Checks.verify(names.add(f.name()), "field name '%s' is used twice (or clashes with 'region')", f.name());
            int expected = f.center() == Field.Center.POINT ? grid.pointCount() : grid.cellCount();
            Checks.verify(f.tuples() == expected, "field '%s' has %d %s values; the grid has %d", f.name(),
                    f.tuples(), f.center() == Field.Center.POINT ? "point" : "cell", expected);
        }
        String file = String.format(Locale.ROOT, "%s_%06d.h5", base, steps.size());
        List<Attribute> attributes = new ArrayList<>();
        if (region != null) {
            attributes.add(region);
        }
        for (Field f : fields) {
            int[] dims = f.storedComponents() == 1 ? new int[] {f.tuples()} : new int[] {f.tuples(),
                f.storedComponents()};
            Item item = f.isInteger() ? new Item(file, f.name(), dims, "Int", 4) : new Item(file, f.name(), dims,
                    "Float", 8);
            attributes.add(new Attribute(f.name(), f.xdmfType(), f.center().xdmfName(), item));
        }
        Path path = dir.resolve(file);
        AtomicFiles.write(path, tmp -> {
            try (WritableHdfFile h5 = HdfFile.write(tmp)) {
                h5.putAttribute("time", time);
                for (Field f : fields) {
                    h5.putDataset(f.name(), datasetOf(f));
                }
            }
        });
        steps.add(new Step(time, List.copyOf(attributes)));
        try {
            AtomicFiles.write(xdmfFile(), xdmf().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            steps.remove(steps.size() - 1);
            throw e;
        }
        return path;
    }

    /** @return number of steps written. */
    public int stepCount() {
        return steps.size();
    }

    /** @return the XDMF file ({@code <dir>/<base>.xdmf}); it exists once a step has been written. */
    public Path xdmfFile() {
        return dir.resolve(base + ".xdmf");
    }

    /** @return the mesh file ({@code <dir>/<base>_mesh.h5}). */
    public Path meshFile() {
        return dir.resolve(geometry.file());
    }

    /** Ends the series; every file is already complete on disk, so this only refuses further steps. */
    @Override
    public void close() {
        closed = true;
    }

    private String xdmf() {
        StringBuilder s = new StringBuilder(1024 + 512 * steps.size());
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<Xdmf Version=\"3.0\">\n");
        s.append(INDENT).append("<Domain>\n");
        s.append(INDENT.repeat(2)).append("<Grid Name=\"").append(xml(base))
                .append("\" GridType=\"Collection\" CollectionType=\"Temporal\">\n");
        String in = INDENT.repeat(3);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            s.append(in).append(String.format(Locale.ROOT, "<Grid Name=\"%s_%06d\" GridType=\"Uniform\">\n",
                    xml(base), i));
            s.append(in).append(INDENT).append("<Time Value=\"").append(String.format(Locale.ROOT, "%.17g",
                    step.time())).append("\"/>\n");
            s.append(in).append(INDENT).append(String.format(Locale.ROOT,
                    "<Topology TopologyType=\"%s\" NumberOfElements=\"%d\" NodesPerElement=\"%d\">\n",
                    grid.cellType().xdmfName(), grid.cellCount(), grid.cellType().nodes()));
            dataItem(s, in + INDENT.repeat(2), topology);
            s.append(in).append(INDENT).append("</Topology>\n");
            s.append(in).append(INDENT).append("<Geometry GeometryType=\"XYZ\">\n");
            dataItem(s, in + INDENT.repeat(2), geometry);
            s.append(in).append(INDENT).append("</Geometry>\n");
            for (Attribute a : step.attributes()) {
                s.append(in).append(INDENT).append("<Attribute Name=\"").append(xml(a.name()))
                        .append("\" AttributeType=\"").append(a.type()).append("\" Center=\"").append(a.center())
                        .append("\">\n");
                dataItem(s, in + INDENT.repeat(2), a.item());
                s.append(in).append(INDENT).append("</Attribute>\n");
            }
            s.append(in).append("</Grid>\n");
        }
        s.append(INDENT.repeat(2)).append("</Grid>\n");
        s.append(INDENT).append("</Domain>\n");
        s.append("</Xdmf>\n");
        return s.toString();
    }

    private static void dataItem(StringBuilder s, String indent, Item item) {
        StringBuilder dims = new StringBuilder();
        for (int d : item.dims()) {
            dims.append(dims.length() == 0 ? "" : " ").append(d);
        }
        s.append(indent).append("<DataItem Dimensions=\"").append(dims).append("\" NumberType=\"")
                .append(item.numberType()).append("\" Precision=\"").append(item.precision())
                .append("\" Format=\"HDF\">").append(xml(item.file())).append(":/").append(xml(item.dataset()))
                .append("</DataItem>\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double[][] points3(Grid grid) {
        int dim = grid.dim();
        double[] p = grid.points();
        double[][] out = new double[grid.pointCount()][3];
        for (int i = 0; i < out.length; i++) {
            for (int d = 0; d < dim; d++) {
                out[i][d] = p[i * dim + d];
            }
        }
        return out;
    }

    private static long[][] connectivity(Grid grid) {
        int k = grid.cellType().nodes();
        int[] c = grid.cells();
        long[][] out = new long[grid.cellCount()][k];
        for (int e = 0; e < out.length; e++) {
            for (int j = 0; j < k; j++) {
                out[e][j] = c[e * k + j];
            }
        }
        return out;
    }

    /** The Java array jHDF writes for a field: int[] or double[] for scalars, double[tuples][stored] else. */
    private static Object datasetOf(Field f) {
        if (f.isInteger()) {
            return f.ints();
        }
        if (f.components() == 1) {
            return f.values();
        }
        int c = f.components();
        double[] v = f.values();
        double[][] out = new double[f.tuples()][f.storedComponents()];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(v, i * c, out[i], 0, c);
        }
        return out;
    }
}
