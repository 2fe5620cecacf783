package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeshSummaryTest {

    private static final double TOL = 1e-12;

    @Test
    void rightTrianglesOfARectangle() {
        MeshSummary s = MeshSummary.of(RectangleMesher.build(0, 0, 2, 1, 4, 2, 1, RectangleMesher.Diagonal.RIGHT));
        assertEquals(2, s.dim());
        assertEquals(15, s.nodes());
        assertEquals(16, s.cells());
        assertEquals(List.of(new MeshSummary.Group("domain", 1, 16, 2.0)), s.regions());
        assertEquals(4, s.facetGroups().size());
        double[] lengths = s.facetGroups().stream().mapToDouble(MeshSummary.Group::measure).toArray();
        assertArrayEquals(new double[] {1, 1, 2, 2}, lengths, TOL);
        assertArrayEquals(new double[] {0, 0}, s.boxMin());
        assertArrayEquals(new double[] {2, 1}, s.boxMax());
        assertEquals(0.5, s.minEdge(), TOL);
        assertEquals(Math.sqrt(0.5), s.maxEdge(), TOL);
        double rightIsosceles = 2.0 * (Math.sqrt(2.0) - 1.0);
        assertEquals(rightIsosceles, s.minQuality(), TOL);
        assertEquals(rightIsosceles, s.meanQuality(), TOL);
        assertEquals(0, s.poorCells());
        List<String> lines = s.lines();
        assertEquals("cells         16 TRI3 (2D), 15 nodes", lines.get(1));
        assertEquals("region        'domain' (tag 1): 16 cells, area 2", lines.get(2));
        assertEquals("facet group   'left' (tag 1): 2 facets, length 1", lines.get(3));
        assertEquals("bounding box  [0, 2] x [0, 1]", lines.get(7));
        assertEquals("quality       radius ratio min 0.828427, mean 0.828427; 0 cells below 0.1", lines.get(9));
    }

    @Test
    void kuhnTetrahedraOfACube() {
        MeshSummary s = MeshSummary.of(BoxMesher.build(0, 0, 0, 1, 1, 1, 2, 2, 2, 1));
        assertEquals(1.0, s.regions().get(0).measure(), TOL);
        double kuhn = Math.sqrt(3.0) / (1.0 + Math.sqrt(2.0));
        assertEquals(kuhn, s.minQuality(), TOL);
        assertEquals(kuhn, s.meanQuality(), TOL);
        assertEquals(Math.sqrt(0.75), s.maxEdge(), TOL);
        for (MeshSummary.Group g : s.facetGroups()) {
            assertEquals(8, g.count());
            assertEquals(1.0, g.measure(), TOL);
        }
    }

    @Test
    void aCurvedQuadraticEdgeAddsTheParabolicSegment() {
        double bulge = 0.1;
        double[] xy = {0, 0, 1, 0, 0, 1, 0.5, 0, 0.5 + bulge, 0.5 + bulge, 0, 0.5};
        Mesh m = new Mesh("curved", 2, xy, ElementType.TRI6, new int[] {0, 1, 2, 3, 4, 5}, new int[] {3},
                Map.of("d", 3), new int[] {0, 1, 3}, new int[] {2}, Map.of("b", 2));
        MeshSummary s = MeshSummary.of(m);
        assertEquals(0.5 + 4.0 * bulge / 3.0, s.regions().get(0).measure(), TOL);
        assertEquals(1.0, s.facetGroups().get(0).measure(), TOL);
    }

    @Test
    void flatTrianglesCountAsPoor() {
        double[] xy = {0, 0, 1, 0, 0.5, 0.01};
        Mesh m = new Mesh("flat", 2, xy, ElementType.TRI3, new int[] {0, 1, 2}, new int[1], Map.of("d", 0),
                new int[0], new int[0], Map.of());
        MeshSummary s = MeshSummary.of(m);
        assertEquals(1, s.poorCells());
        assertEquals(s.minQuality(), s.meanQuality(), TOL);
    }
}
