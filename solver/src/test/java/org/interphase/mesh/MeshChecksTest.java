package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

class MeshChecksTest {

    private static Mesh triangles(double[] xy, int[] cells, int[] facets) {
        return new Mesh("test", 2, xy, ElementType.TRI3, cells, new int[cells.length / 3], Map.of("domain", 0),
                facets, new int[facets.length / 2], Map.of("edge", 0));
    }

    private static final double[] SQUARE = {0, 0, 1, 0, 1, 1, 0, 1};

    private static String message(Mesh m) {
        return assertThrows(InputException.class, () -> MeshChecks.check(m)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message lacks '" + p + "': " + message);
        }
    }

    @Test
    void aValidMeshPasses() {
        assertDoesNotThrow(() -> MeshChecks.check(triangles(SQUARE, new int[] {0, 1, 2, 0, 2, 3}, new int[] {0, 1})));
        assertDoesNotThrow(() -> MeshChecks.check(BoxMesher.build(0, 0, 0, 1, 2, 3, 2, 2, 2, 2)));
    }

    @Test
    void invertedCellsAreCountedAndLocated() {
        String msg = message(triangles(SQUARE, new int[] {0, 1, 2, 0, 3, 2}, new int[0]));
        assertMentions(msg, "Mesh test has 1 inverted cells", "cell 1 at (0.333333, 0.666667)", "Re-mesh");
    }

    @Test
    void aQuadraticCellInvertedOnlyInsideIsFound() {
        double[] xy = {0, 0, 1, 0, 0, 1, 0.5, 0.6, 0.5, 0.5, 0, 0.5};
        Mesh m = new Mesh("p2", 2, xy, ElementType.TRI6, new int[] {0, 1, 2, 3, 4, 5}, new int[1], Map.of("d", 0),
                new int[0], new int[0], Map.of());
        assertTrue(MeshChecks.scaledJacobians(m)[0] < 0);
        assertMentions(message(m), "1 inverted cells", "cell 0", "edge nodes back towards the edge midpoints");
    }

    @Test
    void degenerateCellsAreCounted() {
        double[] xy = {0, 0, 1, 0, 1, 1, 0, 1, 2, 0};
        String msg = message(triangles(xy, new int[] {0, 1, 2, 0, 2, 3, 0, 1, 4}, new int[0]));
        assertMentions(msg, "1 degenerate cells", "cell 2 at (1, 0)", "coincident points");
    }

    @Test
    void unusedNodesAreCounted() {
        double[] xy = Arrays.copyOf(SQUARE, 12);
        xy[8] = 3;
        xy[10] = 4;
        String msg = message(triangles(xy, new int[] {0, 1, 2, 0, 2, 3}, new int[0]));
        assertMentions(msg, "2 nodes that belong to no cell: node 4 at (3, 0), node 5 at (4, 0)");
    }

    @Test
    void strayGroupFacetsAreCounted() {
        String msg = message(triangles(SQUARE, new int[] {0, 1, 2, 0, 2, 3}, new int[] {0, 1, 1, 3}));
        assertMentions(msg, "1 boundary or interface facets that are not a side of any cell: facet 1 of 'edge' at "
                + "(0.5, 0.5)");
    }

    @Test
    void duplicateNodesAreFoundWithinTheToleranceAndNotBeyond() {
        Mesh box = BoxMesher.build(0, 0, 0, 1, 1, 1, 4, 4, 4, 1);
        int n = box.nodeCount();
        int extra = 40;
        double tol = MeshChecks.DUPLICATE * Math.sqrt(3.0);
        double[] x = Arrays.copyOf(box.coords(), 3 * (n + extra));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < extra; i++) {
            int of = random.nextInt(n);
            double scale = i % 2 == 0 ? 0.9 : 1.1;
            for (int d = 0; d < 3; d++) {
                x[3 * (n + i) + d] = x[3 * of + d] + scale * tol * (random.nextBoolean() ? 1 : -1);
            }
        }
        Mesh m = new Mesh("dup", 3, x, ElementType.TET4, box.cells(), box.cellRegions(), box.regions(), box.facets(),
                box.facetTags(), box.facetGroups());
        String msg = message(m);
        assertMentions(msg, "Mesh dup has 20 duplicate nodes", "Mesh dup has 40 nodes that belong to no cell");
        assertEquals(2, msg.split("\n").length);
    }

    @Test
    void duplicatesAcrossHashCellBordersAreFound() {
        Mesh box = BoxMesher.build(0, 0, 0, 1, 1, 1, 2, 2, 2, 1);
        int n = box.nodeCount();
        double tol = MeshChecks.DUPLICATE * Math.sqrt(3.0);
        double border = 7 * MeshChecks.HASH_CELL * tol;
        double[] x = Arrays.copyOf(box.coords(), 3 * (n + 16));
        for (int pair = 0; pair < 8; pair++) {
            for (int d = 0; d < 3; d++) {
                double side = ((pair >> d) & 1) == 0 ? -0.45 : 0.45;
                x[3 * (n + 2 * pair) + d] = (pair + 1) * border + side * tol;
                x[3 * (n + 2 * pair + 1) + d] = (pair + 1) * border - side * tol;
            }
        }
        Mesh m = new Mesh("border", 3, x, ElementType.TET4, box.cells(), box.cellRegions(), box.regions(),
                box.facets(), box.facetTags(), box.facetGroups());
        assertMentions(message(m), "Mesh border has 8 duplicate nodes");
    }
}
