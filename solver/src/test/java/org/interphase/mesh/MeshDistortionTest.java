package org.interphase.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.interphase.io.gmsh.GmshReader;
import org.junit.jupiter.api.Test;

class MeshDistortionTest {

    private static final double FRACTION = 0.3;

    private static Mesh[] meshes() {
        return new Mesh[] {
            RectangleMesher.build(0, 0, 1, 1, 8, 8, 1, RectangleMesher.Diagonal.RIGHT),
            RectangleMesher.build(0, 0, 1, 1, 8, 8, 2, RectangleMesher.Diagonal.ALTERNATE),
            BoxMesher.build(0, 0, 0, 1, 1, 1, 4, 4, 4, 1),
            BoxMesher.build(0, 0, 0, 1, 1, 1, 3, 3, 3, 2)};
    }

    @Test
    void interiorVerticesMoveWithinBoundsAndTheMeshStaysValid() {
        for (Mesh m : meshes()) {
            Mesh p = MeshDistortion.perturbInterior(m, FRACTION, 42);
            MeshChecks.check(p);
            int dim = m.dim();
            double h = 1.0 / (m.dim() == 2 ? 8 : m.cellType().order() == 1 ? 4 : 3);
            boolean[] boundary = MeshTopology.boundaryNodes(m);
            int moved = 0;
            for (int n = 0; n < m.nodeCount(); n++) {
                double dist = 0.0;
                for (int d = 0; d < dim; d++) {
                    dist += Math.pow(p.x(n, d) - m.x(n, d), 2);
                }
                dist = Math.sqrt(dist);
                if (boundary[n]) {
                    assertEquals(0.0, dist, m.toString());
                }
                assertTrue(dist <= FRACTION * h + 1e-15);
                moved += dist > 0 ? 1 : 0;
            }
            assertTrue(moved > 0, m.toString());
            if (m.cellType().order() == 2) {
                int[][] edges = CellGeometry.edges(m.cellType());
                int nv = m.cellType().vertices();
                for (int c = 0; c < p.cellCount(); c++) {
                    for (int k = 0; k < edges.length; k++) {
                        for (int d = 0; d < dim; d++) {
                            double mid = 0.5 * (p.x(p.cellNode(c, edges[k][0]), d)
                                    + p.x(p.cellNode(c, edges[k][1]), d));
                            assertEquals(mid, p.x(p.cellNode(c, nv + k), d), 1e-15);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSeedDecides() {
        Mesh m = meshes()[0];
        double[] a = MeshDistortion.perturbInterior(m, FRACTION, 1).coords();
        double[] b = MeshDistortion.perturbInterior(m, FRACTION, 1).coords();
        double[] c = MeshDistortion.perturbInterior(m, FRACTION, 2).coords();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void largeFractionsAreRepairedToAValidMesh() {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, 6, 6, 1, RectangleMesher.Diagonal.RIGHT);
        Mesh p = MeshDistortion.perturbInterior(m, 0.95, 5);
        double[] before = MeshChecks.scaledJacobians(m);
        double[] after = MeshChecks.scaledJacobians(p);
        for (int c = 0; c < after.length; c++) {
            assertTrue(after[c] >= MeshDistortion.KEEP * before[c]);
        }
    }

    @Test
    void taggedInterfacesStayInPlace() {
        Mesh m = GmshReader.read(Path.of("src/test/resources/meshes/two-squares-41.msh"));
        Mesh p = MeshDistortion.perturbInterior(m, FRACTION, 9);
        for (int n : m.nodesOfGroup(m.facetGroupTag("interface"))) {
            assertEquals(m.x(n, 0), p.x(n, 0));
            assertEquals(m.x(n, 1), p.x(n, 1));
        }
        assertFalse(Arrays.equals(m.coords(), p.coords()));
    }
}
