package org.interphase.physics.phasefield.analysis;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interphase.core.InputException;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * A time series written by {@link org.interphase.io.output.XdmfSeriesWriter}, read back with jHDF: the
 * mesh from {@code <base>_mesh.h5} (/geometry, /topology, /region and the cell_type attribute) and the
 * steps {@code <base>_NNNNNN.h5} (root attribute time, one dataset per field). Triangle meshes whose
 * points all have z = 0 become 2D meshes; tetrahedra 3D. Regions are named {@code region<tag>}, since
 * the files keep only tags; the mesh has no facet groups.
 */
public final class PhaseFieldSeries {

    /** One step of the series. */
    public record Step(int index, double time, Path file) {
    }

    private static final String MESH_SUFFIX = "_mesh.h5";

    private final Path dir;
    private final String base;
    private final Mesh mesh;
    private final List<Step> steps;

    private PhaseFieldSeries(Path dir, String base, Mesh mesh, List<Step> steps) {
        this.dir = dir;
        this.base = base;
        this.mesh = mesh;
        this.steps = steps;
    }

    /**
     * Opens a series.
     *
     * @param dir   (Input) the folder that holds the series.
     * @param base  (Input) the series' file prefix, or null to pick the only series in the folder whose
     *              first step has the dataset {@code field}.
     * @param field (Input) the field a series must have when {@code base} is null (e.g. "xi").
     * @return the series with its mesh read and its steps listed in order.
     * @throws InputException naming the folder and the series found when none or several fit, or a file
     *                        that is not a series file.
     */
    public static PhaseFieldSeries open(Path dir, String base, String field) {
        if (!Files.isDirectory(dir)) {
            throw InputException.of("%s is not a folder; give the output folder of a run", dir);
        }
        List<String> bases = bases(dir);
        if (base == null) {
            if (bases.isEmpty()) {
                throw InputException.of("%s holds no XDMF/HDF5 series (no *%s file); give the output folder of a "
                        + "phase-field run", dir, MESH_SUFFIX);
            }
            List<String> fit = new ArrayList<>();
            for (String b : bases) {
                List<Step> s = listSteps(dir, b);
                if (!s.isEmpty() && hasDataset(s.get(0).file(), field)) {
                    fit.add(b);
                }
            }
            if (fit.size() != 1) {
                throw InputException.of("%s holds %s series with a '%s' field among %s; choose one with --base",
                        dir, fit.isEmpty() ? "no" : "several", field, bases);
            }
            base = fit.get(0);
        } else if (!bases.contains(base)) {
            throw InputException.of("%s has no series '%s' (no file %s%s); it has %s", dir, base, base, MESH_SUFFIX,
                    bases);
        }
        List<Step> steps = listSteps(dir, base);
        if (steps.isEmpty()) {
            throw InputException.of("series '%s' in %s has no step files (%s_000000.h5, ...)", base, dir, base);
        }
        return new PhaseFieldSeries(dir, base, readMesh(dir.resolve(base + MESH_SUFFIX)), steps);
    }

    /** @return the series prefixes in a folder (names of {@code *_mesh.h5} files without the suffix), sorted. */
    public static List<String> bases(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(MESH_SUFFIX))
                    .map(n -> n.substring(0, n.length() - MESH_SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw InputException.of("cannot list %s: %s", dir, e.getMessage());
        }
    }

    /** @return the folder. */
    public Path dir() {
        return dir;
    }

    /** @return the series prefix. */
    public String base() {
        return base;
    }

    /** @return the mesh. */
    public Mesh mesh() {
        return mesh;
    }

    /** @return the steps in order. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Reads one component of a point field of a step.
     *
     * @param step      (Input) the step.
     * @param name      (Input) the dataset name, e.g. "xi".
     * @param component (Input) the component for vector or tensor fields (0 for scalars).
     * @return one value per mesh node.
     * @throws InputException if the step has no such point field or component.
     */
    public double[] field(Step step, String name, int component) {
        try (HdfFile h5 = new HdfFile(step.file())) {
            Map<String, Node> children = h5.getChildren();
            if (!children.containsKey(name) || !(children.get(name) instanceof Dataset)) {
                throw InputException.of("%s has no field '%s'; it has %s", step.file(), name, children.keySet());
            }
            Dataset d = (Dataset) children.get(name);
            int[] dims = d.getDimensions();
            int comps = dims.length == 1 ? 1 : dims[1];
            if (dims[0] != mesh.nodeCount() || d.getJavaType() != double.class) {
                throw InputException.of("field '%s' in %s is not a float point field of the mesh (%d nodes): shape %s",
                        name, step.file(), mesh.nodeCount(), Arrays.toString(dims));
            }
            if (component < 0 || component >= comps) {
                throw InputException.of("field '%s' in %s has %d components; component %d does not exist", name,
                        step.file(), comps, component);
            }
            double[] flat = (double[]) d.getDataFlat();
            if (comps == 1) {
                return flat;
            }
            double[] out = new double[dims[0]];
            for (int i = 0; i < out.length; i++) {
                out[i] = flat[i * comps + component];
            }
            return out;
        } catch (HdfException e) {
            throw InputException.of("cannot read %s as HDF5: %s", step.file(), e.getMessage());
        }
    }

    private static List<Step> listSteps(Path dir, String base) {
        Pattern p = Pattern.compile(Pattern.quote(base) + "_(\\d{6})\\.h5");
        TreeMap<Integer, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.put(Integer.parseInt(m.group(1)), f);
                }
            });
        } catch (IOException e) {
            throw InputException.of("cannot list %s: %s", dir, e.getMessage());
        }
        List<Step> steps = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Path> e : found.entrySet()) {
            double t = readTime(e.getValue());
            if (!(t > last)) {
                throw InputException.of("step file %s has time %s, not after the previous step's %s; the series is "
                        + "mixed up with another run's files", e.getValue(), t, last);
            }
            steps.add(new Step(e.getKey(), t, e.getValue()));
            last = t;
        }
        return steps;
    }

    private static boolean hasDataset(Path file, String name) {
        try (HdfFile h5 = new HdfFile(file)) {
            return h5.getChildren().get(name) instanceof Dataset;
        } catch (HdfException e) {
            return false;
        }
    }

    private static double readTime(Path file) {
        try (HdfFile h5 = new HdfFile(file)) {
            Attribute a = h5.getAttribute("time");
            Object v = a == null ? null : a.getData();
            if (v instanceof Number) {
                return ((Number) v).doubleValue();
            }
            if (v != null && v.getClass().isArray() && Array.getLength(v) == 1) {
                return ((Number) Array.get(v, 0)).doubleValue();
            }
            throw InputException.of("%s has no numeric 'time' attribute; it is not a step of an Interphase series",
                    file);
        } catch (HdfException e) {
            throw InputException.of("cannot read %s as HDF5: %s", file, e.getMessage());
        }
    }

    private static Mesh readMesh(Path file) {
        try (HdfFile h5 = new HdfFile(file)) {
            Map<String, Node> children = h5.getChildren();
            if (!(children.get("geometry") instanceof Dataset) || !(children.get("topology") instanceof Dataset)) {
                throw InputException.of("%s has no /geometry and /topology datasets; it is not an Interphase series "
                        + "mesh file", file);
            }
            Attribute typeAttr = h5.getAttribute("cell_type");
            String typeName = typeAttr == null ? null : String.valueOf(scalar(typeAttr.getData()));
            ElementType type = null;
            for (ElementType t : ElementType.values()) {
                if (t.dim() >= 2 && t.xdmfName().equals(typeName)) {
                    type = t;
                }
            }
            if (type == null) {
                throw InputException.of("%s has cells of type '%s'; analysis needs a volume mesh of triangles or "
                        + "tetrahedra (an interface series of lines cannot be analysed this way)", file, typeName);
            }
            double[] g = (double[]) ((Dataset) children.get("geometry")).getDataFlat();
            Dataset topo = (Dataset) children.get("topology");
            int k = type.nodes();
            if (topo.getDimensions().length != 2 || topo.getDimensions()[1] != k) {
                throw InputException.of("%s: topology shape %s does not fit %s cells", file,
                        Arrays.toString(topo.getDimensions()), type);
            }
            long[] t = (long[]) topo.getDataFlat();
            int dim = type.dim();
            int n = g.length / 3;
            double[] coords = new double[n * dim];
            for (int i = 0; i < n; i++) {
                if (dim == 2 && g[3 * i + 2] != 0.0) {
                    throw InputException.of("%s: point %d has z = %s; a triangle series with z != 0 is a surface "
                            + "grid, not a 2D mesh", file, i, g[3 * i + 2]);
                }
                System.arraycopy(g, 3 * i, coords, dim * i, dim);
            }
            int[] cells = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                if (t[i] < 0 || t[i] >= n) {
                    throw InputException.of("%s: topology entry %d names point %d of %d", file, i, t[i], n);
                }
                cells[i] = (int) t[i];
            }
            int m = t.length / k;
            int[] region = new int[m];
            Map<String, Integer> regions = new TreeMap<>();
            if (children.get("region") instanceof Dataset) {
                region = (int[]) ((Dataset) children.get("region")).getDataFlat();
                for (int r : region) {
                    regions.put("region" + r, r);
                }
            } else {
                regions.put("region0", 0);
            }
            String source = file.getFileName().toString();
            return new Mesh(source, dim, coords, type, cells, region, regions, new int[0], new int[0], Map.of());
        } catch (HdfException e) {
            throw InputException.of("cannot read %s as HDF5: %s", file, e.getMessage());
        }
    }

    private static Object scalar(Object v) {
        return v != null && v.getClass().isArray() && Array.getLength(v) == 1 ? Array.get(v, 0) : v;
    }
}
