package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interphase.io.gmsh.GmshReader;
import org.junit.jupiter.api.Test;

/** The committed meshes in the top-level meshes/ folder read, check, and have their documented geometry. */
class MeshDataTest {

    private static final Path DIR = Path.of("../meshes");
    /** The P2 arc approximates the hole's circle to about h^4. */
    private static final double CURVED = 1e-5;
    private static final double FLAT = 1e-12;

    private static double measure(MeshSummary s, String name) {
        for (MeshSummary.Group g : s.regions()) {
            if (g.name().equals(name)) {
                return g.measure();
            }
        }
        for (MeshSummary.Group g : s.facetGroups()) {
            if (g.name().equals(name)) {
                return g.measure();
            }
        }
        throw new AssertionError("no group " + name);
    }

    @Test
    void plateWithHoleLevelsRefineTheSameGeometry() {
        int previous = 0;
        for (int level = 0; level < 4; level++) {
            Mesh m = GmshReader.read(DIR.resolve("plate-hole-quarter-L" + level + ".msh"));
            assertEquals(ElementType.TRI6, m.cellType());
            assertEquals(List.of("plate"), List.copyOf(m.regions().keySet()));
            assertEquals(List.of("hole", "left", "bottom", "right", "top"), List.copyOf(m.facetGroups().keySet()));
            MeshSummary s = MeshSummary.of(m);
            assertEquals(25.0 - Math.PI / 4.0, measure(s, "plate"), CURVED);
            assertEquals(Math.PI / 2.0, measure(s, "hole"), CURVED);
            assertEquals(4.0, measure(s, "left"), FLAT);
            assertEquals(4.0, measure(s, "bottom"), FLAT);
            assertEquals(5.0, measure(s, "right"), FLAT);
            assertEquals(5.0, measure(s, "top"), FLAT);
            assertTrue(m.cellCount() > 3 * previous, "level " + level);
            previous = m.cellCount();
            for (int n : m.nodesOfGroup(m.facetGroupTag("hole"))) {
                assertEquals(1.0, Math.hypot(m.x(n, 0), m.x(n, 1)), 1e-12);
            }
        }
    }

    @Test
    void blockWithInclusion() {
        Mesh m = GmshReader.read(DIR.resolve("block-3d.msh"));
        assertEquals(ElementType.TET10, m.cellType());
        assertTrue(m.cellCount() >= 5000 && m.cellCount() <= 20000, m.toString());
        MeshSummary s = MeshSummary.of(m);
        double inclusion = 4.0 / 3.0 * Math.PI * Math.pow(0.25, 3);
        assertEquals(2.0, measure(s, "matrix") + measure(s, "inclusion"), FLAT);
        assertEquals(inclusion, measure(s, "inclusion"), 1e-3 * inclusion);
        assertEquals(1.0, measure(s, "bottom"), FLAT);
        assertEquals(1.0, measure(s, "top"), FLAT);
        assertEquals(8.0, measure(s, "sides"), FLAT);
        assertEquals(4.0 * Math.PI * 0.0625, measure(s, "inclusion-surface"), 1e-3);
    }
}
