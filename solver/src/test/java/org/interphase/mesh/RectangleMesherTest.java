package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interphase.core.InputException;
import org.interphase.mesh.RectangleMesher.Diagonal;
import org.junit.jupiter.api.Test;

class RectangleMesherTest {

    private static final double TOL = 1e-12;

    /** sum over tagged facets of x . n ds, which is 2 * area when the boundary is covered and oriented outward. */
    private static double outwardFlux(Mesh m) {
        int k = m.facetType().nodes();
        double s = 0.0;
        for (int f = 0; f < m.facetCount(); f++) {
            int a = m.facets()[f * k];
            int b = m.facets()[f * k + 1];
            double xm = 0.5 * (m.x(a, 0) + m.x(b, 0));
            double ym = 0.5 * (m.x(a, 1) + m.x(b, 1));
            s += xm * (m.x(b, 1) - m.x(a, 1)) - ym * (m.x(b, 0) - m.x(a, 0));
        }
        return s;
    }

    @Test
    void countsAreasAndBoundariesForEveryDiagonal() {
        for (Diagonal d : Diagonal.values()) {
            for (int order = 1; order <= 2; order++) {
                Mesh m = RectangleMesher.build(-1, 2, 3, 1.5, 4, 3, order, d);
                assertEquals(24, m.cellCount());
                int edges = 4 * 4 + 3 * 5 + 12;
                assertEquals(order == 1 ? 20 : 20 + edges, m.nodeCount());
                assertEquals(order == 1 ? ElementType.TRI3 : ElementType.TRI6, m.cellType());
                MeshChecks.check(m);
                MeshSummary s = MeshSummary.of(m);
                assertEquals(4.5, s.regions().get(0).measure(), TOL);
                assertEquals(List.of("left", "right", "bottom", "top"), List.copyOf(m.facetGroups().keySet()));
                int[] counts = {3, 3, 4, 4};
                double[] lengths = {1.5, 1.5, 3, 3};
                for (int g = 0; g < 4; g++) {
                    assertEquals(counts[g], s.facetGroups().get(g).count());
                    assertEquals(lengths[g], s.facetGroups().get(g).measure(), TOL);
                }
                assertEquals(2 * 4.5, outwardFlux(m), TOL);
                for (double r : MeshChecks.scaledJacobians(m)) {
                    assertTrue(r > 0.4);
                }
                assertEquals(-1.0, s.boxMin()[0]);
                assertEquals(2.0, s.boxMax()[0]);
                assertEquals(3.5, s.boxMax()[1]);
            }
        }
    }

    @Test
    void groupsLieOnTheirSides() {
        Mesh m = RectangleMesher.build(0, 0, 2, 1, 5, 3, 2, Diagonal.ALTERNATE);
        double[][] side = {{0, 0}, {0, 2}, {1, 0}, {1, 1}};
        String[] names = {"left", "right", "bottom", "top"};
        for (int g = 0; g < 4; g++) {
            for (int n : m.nodesOfGroup(m.facetGroupTag(names[g]))) {
                assertEquals(side[g][1], m.x(n, (int) side[g][0]), TOL, names[g]);
            }
        }
    }

    @Test
    void diagonalsRunAsNamed() {
        Mesh right = RectangleMesher.build(0, 0, 2, 2, 2, 2, 1, Diagonal.RIGHT);
        Mesh left = RectangleMesher.build(0, 0, 2, 2, 2, 2, 1, Diagonal.LEFT);
        Mesh alternate = RectangleMesher.build(0, 0, 2, 2, 2, 2, 1, Diagonal.ALTERNATE);
        assertEquals(6, cellsAround(right, 4));
        assertEquals(6, cellsAround(left, 4));
        assertEquals(8, cellsAround(alternate, 4));
        assertEquals(2, cellsAround(right, 0));
        assertEquals(1, cellsAround(left, 0));
    }

    private static int cellsAround(Mesh m, int node) {
        int n = 0;
        for (int v : m.cells()) {
            n += v == node ? 1 : 0;
        }
        return n;
    }

    @Test
    void quadraticEdgeNodesAreMidpoints() {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, 3, 2, 2, Diagonal.RIGHT);
        int[][] edges = {{0, 1}, {1, 2}, {2, 0}};
        for (int c = 0; c < m.cellCount(); c++) {
            for (int k = 0; k < 3; k++) {
                for (int d = 0; d < 2; d++) {
                    double mid = 0.5 * (m.x(m.cellNode(c, edges[k][0]), d) + m.x(m.cellNode(c, edges[k][1]), d));
                    assertEquals(mid, m.x(m.cellNode(c, 3 + k), d), TOL);
                }
            }
        }
    }

    @Test
    void badArgumentsAreInputErrors() {
        InputException e = assertThrows(InputException.class,
            () -> RectangleMesher.build(0, 0, 1, 1, 0, 2, 1, Diagonal.RIGHT));
        assertTrue(e.getMessage().contains("at least 1 division per side, got nx = 0, ny = 2"), e.getMessage());
        e = assertThrows(InputException.class, () -> RectangleMesher.build(0, 0, 1, -1, 1, 1, 1, Diagonal.RIGHT));
        assertTrue(e.getMessage().contains("positive lengths"), e.getMessage());
        e = assertThrows(InputException.class, () -> RectangleMesher.build(0, 0, 1, 1, 1, 1, 3, Diagonal.RIGHT));
        assertTrue(e.getMessage().contains("order must be 1 or 2, got 3"), e.getMessage());
    }
}
