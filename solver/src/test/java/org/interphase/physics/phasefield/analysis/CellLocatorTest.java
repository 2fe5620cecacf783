package org.interphase.physics.phasefield.analysis;

import static org.interphase.physics.phasefield.analysis.FaradayTest.nodal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.QuadraticElevation;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/** Point location and field sampling against fields the elements represent exactly. */
class CellLocatorTest {

    private static final double EXACT = 1e-11;

    @Test
    void interpolatesFieldsOfTheMeshOrderExactly() {
        Random rnd = new Random(11);
        for (int order = 1; order <= 2; order++) {
            Mesh m2 = MeshDistortion.perturbInterior(RectangleMesher.build(0, 0, 2, 1, 12, 7, 1,
                    RectangleMesher.Diagonal.ALTERNATE), 0.25, 5);
            Mesh m3 = MeshDistortion.perturbInterior(BoxMesher.build(0, 0, 0, 1, 2, 1, 4, 5, 3, 1), 0.2, 5);
            if (order == 2) {
                m2 = QuadraticElevation.elevate(m2);
                m3 = QuadraticElevation.elevate(m3);
            }
            int o = order;
            for (Mesh m : List.of(m2, m3)) {
                double[] f = nodal(m, x -> field(x, o));
                CellLocator loc = new CellLocator(m);
                double[] b = MeshIntegrals.bounds(m);
                for (int k = 0; k < 300; k++) {
                    double[] x = new double[m.dim()];
                    for (int d = 0; d < m.dim(); d++) {
                        x[d] = b[2 * d] + rnd.nextDouble() * (b[2 * d + 1] - b[2 * d]);
                    }
                    assertEquals(field(x, o), loc.evaluate(f, x), EXACT, "at a random point, order " + o);
                }
                double[] out = new double[m.dim()];
                out[0] = -0.1;
                assertTrue(Double.isNaN(loc.evaluate(f, out)), "outside the mesh");
            }
        }
    }

    private static double field(double[] x, int order) {
        double s = 1.0 + 0.5 * x[0] - 2 * x[1] + (x.length == 3 ? 0.3 * x[2] : 0.0);
        return order == 1 ? s : s + x[0] * x[1] - 0.7 * x[1] * x[1];
    }

    @Test
    void findsReferenceCoordinatesInCurvedQuadraticCells() {
        Mesh flat = QuadraticElevation.elevate(RectangleMesher.build(0, 0, 1, 1, 6, 6, 1,
                RectangleMesher.Diagonal.RIGHT));
        double[] xy = flat.coords().clone();
        Random rnd = new Random(3);
        for (int c = 0; c < flat.cellCount(); c++) {
            for (int a = 3; a < 6; a++) {
                int n = flat.cellNode(c, a);
                if (xy[2 * n] > 0 && xy[2 * n] < 1 && xy[2 * n + 1] > 0 && xy[2 * n + 1] < 1
                        && xy[2 * n] == flat.x(n, 0)) {
                    xy[2 * n] += 0.02 * (rnd.nextDouble() - 0.5);
                    xy[2 * n + 1] += 0.02 * (rnd.nextDouble() - 0.5);
                }
            }
        }
        Mesh m = new Mesh("curved", 2, xy, flat.cellType(), flat.cells(), flat.cellRegions(), flat.regions(),
                flat.facets(), flat.facetTags(), flat.facetGroups());
        CellLocator loc = new CellLocator(m);
        double[] phi = new double[6];
        for (int k = 0; k < 200; k++) {
            int c = rnd.nextInt(m.cellCount());
            double r = 0.05 + 0.9 * rnd.nextDouble();
            double s = (1 - r) * (0.05 + 0.9 * rnd.nextDouble());
            LagrangeBasis.evaluate(2, 2, new double[] {r, s}, phi, null);
            double[] x = new double[2];
            for (int a = 0; a < 6; a++) {
                x[0] += phi[a] * m.x(m.cellNode(c, a), 0);
                x[1] += phi[a] * m.x(m.cellNode(c, a), 1);
            }
            CellLocator.Location l = loc.locate(x);
            assertNotNull(l);
            assertEquals(c, l.cell());
            assertEquals(r, l.reference()[0], EXACT);
            assertEquals(s, l.reference()[1], EXACT);
        }
    }

    @Test
    void lineProfilesFollowSegmentsAndContours() {
        Mesh m = RectangleMesher.build(0, 0, 2, 1, 20, 10, 2, RectangleMesher.Diagonal.ALTERNATE);
        CellLocator loc = new CellLocator(m);
        double[] f = nodal(m, x -> 3 * x[0] - x[1]);
        LineProfile p = LineProfile.segment(loc, f, new double[] {0, 0}, new double[] {2, 1}, 11);
        double len = Math.sqrt(5);
        for (int i = 0; i < 11; i++) {
            double t = i / 10.0;
            assertEquals(t * len, p.arcLength()[i], EXACT);
            assertEquals(3 * 2 * t - t, p.values()[i], EXACT);
        }
        double[] xi = nodal(m, x -> 0.5 + (0.3 - x[1]));
        Polyline front = MarchingTriangles.contour(m, xi, 0.5).get(0);
        LineProfile q = LineProfile.along(loc, f, front);
        assertEquals(front.size(), q.values().length);
        for (int i = 0; i < front.size(); i++) {
            assertEquals(3 * front.x(i) - 0.3, q.values()[i], EXACT);
        }
        assertEquals(2.0, q.arcLength()[front.size() - 1], EXACT);
    }
}
