package org.interphase.run;

import java.nio.file.Path;
import java.util.List;
import org.interphase.core.InputException;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;
import org.interphase.io.gmsh.GmshReader;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.QuadraticElevation;
import org.interphase.mesh.RectangleMesher;

/**
 * The case file's {@code mesh:} block: a Gmsh file or a built-in rectangle/box, an optional length
 * scale for file coordinates, and an optional elevation to quadratic elements.
 *
 * <pre>
 * mesh:
 *   file: ../../meshes/plate-hole-quarter-L2.msh   # relative to the case file
 *   scale: 1 mm                                    # file coordinates are in mm (default 1 m)
 *   order: 2                                       # elevate linear cells to quadratic (default: as read)
 * mesh:
 *   rectangle: {origin: [0 m, 0 m], size: [1 m, 1 m], cells: [32, 32], diagonal: alternate}
 *   box: {origin: [0, 0, 0], size: [1 m, 1 m, 2 m], cells: [8, 8, 16]}
 *   order: 1
 *   distortion: {fraction: 0.25, seed: 1}         # seeded random move of interior vertices (patch tests)
 * </pre>
 */
public final class MeshInput {

    private final Path file;
    private final double scale;
    private final int order;
    private final double[] origin;
    private final double[] size;
    private final int[] cells;
    private final String diagonal;
    private final String where;
    private double distortion;
    private long seed;

    private MeshInput(Path file, double scale, int order, double[] origin, double[] size, int[] cells,
            String diagonal, String where) {
        this.file = file;
        this.scale = scale;
        this.order = order;
        this.origin = origin;
        this.size = size;
        this.cells = cells;
        this.diagonal = diagonal;
        this.where = where;
    }

    /** Reads a {@code mesh:} section. (Input) s. */
    public static MeshInput read(CaseSection s) {
        MeshInput in = readShape(s);
        CaseSection d = s.optSection("distortion");
        in.distortion = d.real("fraction", 0.0);
        in.seed = d.integer("seed", 1);
        if (in.distortion < 0 || in.distortion >= 1) {
            throw d.error("fraction", "the distortion fraction must lie in [0, 1), got %g", in.distortion);
        }
        return in;
    }

    private static MeshInput readShape(CaseSection s) {
        int order = s.integer("order", 0, 0, 2);
        String where = s.where();
        int kinds = (s.has("file") ? 1 : 0) + (s.has("rectangle") ? 1 : 0) + (s.has("box") ? 1 : 0);
        if (kinds != 1) {
            throw s.invalid("give exactly one of 'file', 'rectangle' or 'box'");
        }
        if (s.has("file")) {
            Path f = s.path("file");
            double scale = s.quantity("scale", Dimension.LENGTH, 1.0);
            return new MeshInput(f, scale, order, null, null, null, null, where);
        }
        boolean rect = s.has("rectangle");
        CaseSection g = s.section(rect ? "rectangle" : "box");
        int dim = rect ? 2 : 3;
        double[] origin = g.has("origin") ? g.quantities("origin", Dimension.LENGTH) : new double[dim];
        double[] size = g.quantities("size", Dimension.LENGTH);
        List<String> c = g.strings("cells");
        if (origin.length != dim || size.length != dim || c.size() != dim) {
            throw g.invalid("origin, size and cells need %d entries each", dim);
        }
        int[] cells = new int[dim];
        for (int d = 0; d < dim; d++) {
            try {
                cells[d] = Integer.parseInt(c.get(d).trim());
            } catch (NumberFormatException e) {
                throw g.error("cells", "'%s' is not a whole number of cells", c.get(d));
            }
            if (cells[d] < 1) {
                throw g.error("cells", "the number of cells must be at least 1, got %d", cells[d]);
            }
            if (!(size[d] > 0)) {
                throw g.error("size", "sizes must be positive");
            }
        }
        String diagonal = rect ? g.choice("diagonal", "alternate", "right", "left", "alternate") : null;
        return new MeshInput(null, 1.0, order, origin, size, cells, diagonal, where);
    }

    /** @return the mesh (read or generated, scaled, elevated), checked. */
    public Mesh load() {
        Mesh m;
        if (file != null) {
            m = GmshReader.read(file);
            if (scale != 1.0) {
                double[] x = m.coords().clone();
                for (int i = 0; i < x.length; i++) {
                    x[i] *= scale;
                }
                m = new Mesh(m.source(), m.dim(), x, m.cellType(), m.cells(), m.cellRegions(), m.regions(),
                        m.facets(), m.facetTags(), m.facetGroups());
            }
        } else if (cells.length == 2) {
            m = RectangleMesher.build(origin[0], origin[1], size[0], size[1], cells[0], cells[1], 1,
                    RectangleMesher.Diagonal.valueOf(diagonal.toUpperCase(java.util.Locale.ROOT)));
        } else {
            m = BoxMesher.build(origin[0], origin[1], origin[2], size[0], size[1], size[2], cells[0], cells[1], cells[2],
                    1);
        }
        if (order == 2 && m.cellType().order() == 1) {
            m = QuadraticElevation.elevate(m);
        } else if (order == 1 && m.cellType().order() == 2) {
            throw InputException.of("%s: mesh.order is 1 but the mesh %s is quadratic; use a linear mesh or order 2",
                    where, m.source());
        }
        if (distortion > 0) {
            m = MeshDistortion.perturbInterior(m, distortion, seed);
        }
        return m;
    }

    /** @return the case-file location of the mesh block, for messages. */
    public String where() {
        return where;
    }
}
