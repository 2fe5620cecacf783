package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

class QuadraticElevationTest {

    @Test
    void sharedEdgesGiveOneNodeEach() {
        Mesh linear = BoxMesher.build(0, 0, 0, 1, 1, 1, 2, 2, 2, 1);
        Mesh quadratic = QuadraticElevation.elevate(linear);
        int edges = 3 * 2 * 9 + 3 * 4 * 3 + 8;
        assertEquals(linear.nodeCount() + edges, quadratic.nodeCount());
        Set<Integer> edgeNodes = new HashSet<>();
        Set<String> positions = new HashSet<>();
        for (int c = 0; c < quadratic.cellCount(); c++) {
            for (int k = 4; k < 10; k++) {
                int n = quadratic.cellNode(c, k);
                if (edgeNodes.add(n)) {
                    positions.add(quadratic.x(n, 0) + "," + quadratic.x(n, 1) + "," + quadratic.x(n, 2));
                }
            }
        }
        assertEquals(edges, edgeNodes.size());
        assertEquals(edges, positions.size());
        assertArrayEquals(new int[] {27, 28, 29}, new int[] {quadratic.cellNode(0, 4), quadratic.cellNode(0, 5),
            quadratic.cellNode(0, 6)});
        assertEquals(linear.regions(), quadratic.regions());
        assertEquals(linear.facetGroups(), quadratic.facetGroups());
        MeshChecks.check(quadratic);
    }

    @Test
    void verticesKeepTheirNumbersAndCoordinates() {
        Mesh linear = RectangleMesher.build(0, 0, 1, 1, 3, 2, 1, RectangleMesher.Diagonal.ALTERNATE);
        Mesh quadratic = QuadraticElevation.elevate(linear);
        for (int c = 0; c < linear.cellCount(); c++) {
            for (int v = 0; v < 3; v++) {
                assertEquals(linear.cellNode(c, v), quadratic.cellNode(c, v));
            }
        }
        for (int i = 0; i < 2 * linear.nodeCount(); i++) {
            assertEquals(linear.coords()[i], quadratic.coords()[i]);
        }
        int[] f = quadratic.facets();
        for (int e = 0; e < quadratic.facetCount(); e++) {
            for (int d = 0; d < 2; d++) {
                double mid = 0.5 * (quadratic.x(f[3 * e], d) + quadratic.x(f[3 * e + 1], d));
                assertEquals(mid, quadratic.x(f[3 * e + 2], d), 1e-15);
            }
        }
    }

    @Test
    void aFacetOffTheCellsCannotBeElevated() {
        Mesh m = new Mesh("stray", 2, new double[] {0, 0, 1, 0, 1, 1, 0, 1}, ElementType.TRI3, new int[] {0, 1, 2, 0, 2,
            3}, new int[2], Map.of("d", 0), new int[] {1, 3}, new int[1], Map.of("b", 0));
        InputException e = assertThrows(InputException.class, () -> QuadraticElevation.elevate(m));
        assertTrue(e.getMessage().contains("tagged facet 0 (nodes 1 and 3) is not a side of any cell"), e.getMessage());
    }
}
