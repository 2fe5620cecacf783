package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

class BoxMesherTest {

    private static final double TOL = 1e-12;

    @Test
    void countsVolumesAndBoundaries() {
        for (int order = 1; order <= 2; order++) {
            Mesh m = BoxMesher.build(1, -1, 0, 2, 3, 4, 2, 3, 4, order);
            assertEquals(6 * 24, m.cellCount());
            int vertices = 3 * 4 * 5;
            int edges = 2 * 4 * 5 + 3 * 3 * 5 + 4 * 3 * 4 + 2 * 3 * 5 + 2 * 4 * 4 + 3 * 4 * 3 + 24;
            assertEquals(order == 1 ? vertices : vertices + edges, m.nodeCount());
            MeshChecks.check(m);
            MeshSummary s = MeshSummary.of(m);
            assertEquals(24.0, s.regions().get(0).measure(), 1e-12);
            assertEquals(List.of("left", "right", "bottom", "top", "back", "front"),
                    List.copyOf(m.facetGroups().keySet()));
            double[] areas = {12, 12, 8, 8, 6, 6};
            int[] counts = {24, 24, 16, 16, 12, 12};
            for (int g = 0; g < 6; g++) {
                assertEquals(areas[g], s.facetGroups().get(g).measure(), TOL);
                assertEquals(counts[g], s.facetGroups().get(g).count());
            }
            assertEquals(3 * 24.0, outwardFlux(m), 1e-11);
        }
    }

    /** sum over tagged facets of x . n dA: 3 * volume when they cover the boundary, oriented outward. */
    private static double outwardFlux(Mesh m) {
        int k = m.facetType().nodes();
        double s = 0.0;
        int[] f = m.facets();
        for (int e = 0; e < m.facetCount(); e++) {
            double[][] p = new double[3][3];
            for (int v = 0; v < 3; v++) {
                for (int d = 0; d < 3; d++) {
                    p[v][d] = m.x(f[e * k + v], d);
                }
            }
            double[] u = {p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]};
            double[] w = {p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]};
            double[] n = {u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]};
            for (int d = 0; d < 3; d++) {
                s += 0.5 * n[d] * (p[0][d] + p[1][d] + p[2][d]) / 3.0;
            }
        }
        return s;
    }

    @Test
    void neighbouringHexahedraConform() {
        Mesh m = BoxMesher.build(0, 0, 0, 1, 1, 1, 3, 2, 2, 1);
        Map<String, Integer> shared = new HashMap<>();
        for (int c = 0; c < m.cellCount(); c++) {
            for (int[] face : ElementType.TET4.facetNodes()) {
                int[] key = {m.cellNode(c, face[0]), m.cellNode(c, face[1]), m.cellNode(c, face[2])};
                Arrays.sort(key);
                shared.merge(Arrays.toString(key), 1, Integer::sum);
            }
        }
        int boundary = 0;
        for (int count : shared.values()) {
            assertTrue(count == 1 || count == 2);
            boundary += count == 1 ? 1 : 0;
        }
        assertEquals(m.facetCount(), boundary);
    }

    @Test
    void badArgumentsAreInputErrors() {
        InputException e = assertThrows(InputException.class, () -> BoxMesher.build(0, 0, 0, 1, 1, 1, 1, 1, 0, 1));
        assertTrue(e.getMessage().contains("at least 1 division per side, got 1 x 1 x 0"), e.getMessage());
    }
}
