package org.interphase.physics.czm;

import java.util.ArrayList;
import java.util.List;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;
import org.interphase.mesh.Mesh;
import org.interphase.run.MeshInput;

/**
 * The cohesive case's {@code mesh:} block: everything {@link MeshInput} reads, or a generated stack of
 * layers ({@link LayeredMesher}):
 *
 * <pre>
 * mesh:
 *   layers:
 *     origin: [0 nm, -100 nm]
 *     x: [{length: 40 nm, cells: 40}, {length: 160 nm, cells: 32}]    # y: [...] too in 3D
 *     stack:
 *       - {region: substrate, segments: [{length: 90 nm, cells: 9}, {length: 10 nm, cells: 10}]}
 *       - {region: film, thickness: 4 nm, cells: 2}
 *   order: 2
 * </pre>
 */
public final class LayeredMeshInput {

    private final MeshInput file;
    private final double[] origin;
    private final List<List<LayeredMesher.Segment>> lateral;
    private final List<LayeredMesher.Layer> layers;
    private final int order;

    private LayeredMeshInput(MeshInput file, double[] origin, List<List<LayeredMesher.Segment>> lateral,
            List<LayeredMesher.Layer> layers, int order) {
        this.file = file;
        this.origin = origin;
        this.lateral = lateral;
        this.layers = layers;
        this.order = order;
    }

    /** Reads a {@code mesh:} section. (Input) s. */
    public static LayeredMeshInput read(CaseSection s) {
        if (!s.has("layers")) {
            return new LayeredMeshInput(MeshInput.read(s), null, null, null, 0);
        }
        int order = s.integer("order", 1, 1, 2);
        CaseSection l = s.section("layers");
        double[] origin = l.quantities("origin", Dimension.LENGTH);
        if (origin.length != 2 && origin.length != 3) {
            throw l.error("origin", "give 2 (2D) or 3 (3D) coordinates, got %d", origin.length);
        }
        List<List<LayeredMesher.Segment>> lateral = new ArrayList<>();
        lateral.add(segments(l, "x"));
        if (origin.length == 3) {
            lateral.add(segments(l, "y"));
        }
        List<LayeredMesher.Layer> layers = new ArrayList<>();
        for (CaseSection item : l.list("stack")) {
            String region = item.string("region");
            List<LayeredMesher.Segment> seg;
            if (item.has("segments")) {
                seg = segments(item, "segments");
            } else {
                seg = List.of(segment(item, item.quantity("thickness", Dimension.LENGTH), item.integer("cells", null,
                        1, 1_000_000)));
            }
            layers.add(new LayeredMesher.Layer(region, seg));
        }
        if (layers.isEmpty()) {
            throw l.error("stack", "give at least one layer");
        }
        return new LayeredMeshInput(null, origin, lateral, layers, order);
    }

    private static List<LayeredMesher.Segment> segments(CaseSection s, String key) {
        List<LayeredMesher.Segment> out = new ArrayList<>();
        for (CaseSection item : s.list(key)) {
            out.add(segment(item, item.quantity("length", Dimension.LENGTH), item.integer("cells", null, 1,
                    1_000_000)));
        }
        if (out.isEmpty()) {
            throw s.error(key, "give at least one segment {length: ..., cells: ...}");
        }
        return out;
    }

    private static LayeredMesher.Segment segment(CaseSection s, double length, int cells) {
        if (!(length > 0)) {
            throw s.invalid("segment lengths must be positive, got %g m", length);
        }
        return new LayeredMesher.Segment(length, cells);
    }

    /** @return the mesh (read, or generated). */
    public Mesh load() {
        return file != null ? file.load() : LayeredMesher.build(origin, lateral, layers, order);
    }
}
