package org.interphase.physics.phasefield.analysis;

import static org.interphase.physics.phasefield.analysis.FaradayTest.nodal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/** Contours and fronts of fields with known level sets: a plane, circles and a sine. */
class MarchingTrianglesTest {

    /** Linear fields have exact linear contours. */
    private static final double EXACT = 1e-12;

    @Test
    void planarFrontOfALinearFieldIsExactOnDistortedMeshes() {
        for (int order = 1; order <= 2; order++) {
            Mesh m = MeshDistortion.perturbInterior(RectangleMesher.build(0, 0, 2, 1, 16, 8, 1,
                    RectangleMesher.Diagonal.ALTERNATE), 0.2, 7);
            if (order == 2) {
                m = org.interphase.mesh.QuadraticElevation.elevate(m);
            }
            double y0 = 0.4321;
            double[] xi = nodal(m, x -> 0.5 + (y0 - x[1]) / 0.3);
            List<Polyline> c = MarchingTriangles.contour(m, xi, 0.5);
            assertEquals(1, c.size());
            Polyline p = c.get(0);
            assertFalse(p.closed());
            assertEquals(2.0, p.length(), EXACT);
            for (int i = 0; i < p.size(); i++) {
                assertEquals(y0, p.y(i), EXACT);
            }
            assertTrue(p.x(0) > p.x(p.size() - 1), "metal (below) on the left: the front runs right to left");
            HeightProfile h = HeightProfile.of(c, 1, HeightProfile.uniformColumns(0, 2, 50));
            SurfaceStatistics s = h.statistics();
            assertEquals(50, s.columns());
            assertEquals(y0, s.mean(), EXACT);
            assertEquals(0.0, s.rms(), EXACT);
            assertEquals(0.0, s.peakToValley(), EXACT);
        }
    }

    @Test
    void circleContourConvergesAtSecondOrder() {
        double r = 0.3;
        for (int order = 1; order <= 2; order++) {
            double[] dev = new double[2];
            double[] areaErr = new double[2];
            for (int level = 0; level < 2; level++) {
                int n = 64 << level;
                Mesh m = RectangleMesher.build(-0.5, -0.5, 1, 1, n, n, order, RectangleMesher.Diagonal.ALTERNATE);
                double[] xi = nodal(m, x -> 0.5 * (1 - Math.tanh((Math.hypot(x[0], x[1]) - r) / 0.05)));
                List<Polyline> c = MarchingTriangles.contour(m, xi, 0.5);
                assertEquals(1, c.size());
                Polyline p = c.get(0);
                assertTrue(p.closed());
                assertTrue(p.signedArea() > 0, "counter-clockwise around the metal");
                for (int i = 0; i < p.size(); i++) {
                    dev[level] = Math.max(dev[level], Math.abs(Math.hypot(p.x(i), p.y(i)) - r));
                }
                areaErr[level] = Math.abs(p.signedArea() - Math.PI * r * r) / (Math.PI * r * r);
                assertEquals(2 * Math.PI * r, p.length(), 1e-4 * 2 * Math.PI * r);
            }
            assertTrue(dev[0] / dev[1] > 3.0, "second-order distance to the circle: ratio " + dev[0] / dev[1]);
            assertTrue(areaErr[0] / areaErr[1] > 3.0, "second-order area: ratio " + areaErr[0] / areaErr[1]);
            assertTrue(areaErr[1] < 2e-4, "area error " + areaErr[1]);
        }
    }

    @Test
    void separateParticlesGiveSeparateClosedContours() {
        Mesh m = RectangleMesher.build(0, 0, 2, 1, 80, 40, 2, RectangleMesher.Diagonal.RIGHT);
        double[] xi = nodal(m, x -> Math.max(bump(x, 0.5, 0.5), bump(x, 1.5, 0.5)));
        List<Polyline> c = MarchingTriangles.contour(m, xi, 0.5);
        assertEquals(2, c.size());
        for (Polyline p : c) {
            assertTrue(p.closed());
            assertEquals(Math.PI * 0.04, p.signedArea(), 1e-3 * Math.PI * 0.04);
        }
    }

    private static double bump(double[] x, double cx, double cy) {
        return 0.5 * (1 - Math.tanh((Math.hypot(x[0] - cx, x[1] - cy) - 0.2) / 0.04));
    }

    @Test
    void sineFrontRoughnessMatchesItsAmplitude() {
        double a = 0.05;
        double lambda = 0.5;
        for (int order = 1; order <= 2; order++) {
            Mesh m = RectangleMesher.build(0, 0, 1, 1, 100, 100, order, RectangleMesher.Diagonal.ALTERNATE);
            double[] xi = nodal(m, x -> 0.5 - (x[1] - 0.5 - a * Math.sin(2 * Math.PI * x[0] / lambda)) / 0.1);
            List<Polyline> c = MarchingTriangles.contour(m, xi, 0.5);
            assertEquals(1, c.size());
            HeightProfile h = HeightProfile.of(c, 1, HeightProfile.uniformColumns(0, 1, 100));
            SurfaceStatistics s = h.statistics();
            // chords cut the crests by h^2 kappa / 8 = 1e-4 (kappa = a (2 pi / lambda)^2): 0.2 % of a
            double tol = 5e-3;
            assertEquals(0.5, s.mean(), tol * a);
            assertEquals(a / Math.sqrt(2), s.rms(), tol * a);
            assertEquals(2 * a, s.peakToValley(), tol * a);
            assertEquals(a, s.bumpAmplitude(), tol * a);
            assertEquals(a, s.dendriteLength(), tol * a);
        }
    }

    @Test
    void heightProfileTakesTheHighestCrossingAndSkipsEmptyColumns() {
        Polyline low = new Polyline(new double[] {1, 0.2, 0, 0.2}, false);
        Polyline tip = new Polyline(new double[] {0.4, 0.1, 0.5, 0.9, 0.6, 0.1}, false);
        HeightProfile h = HeightProfile.of(List.of(low, tip), 1, new double[] {0.25, 0.5, 0.75, 1.5});
        assertEquals(0.2, h.heights()[0], EXACT);
        assertEquals(0.9, h.heights()[1], EXACT);
        assertEquals(0.2, h.heights()[2], EXACT);
        assertTrue(Double.isNaN(h.heights()[3]));
        SurfaceStatistics s = h.statistics();
        assertEquals(3, s.columns());
        assertEquals(0.2, s.median(), EXACT);
        assertEquals(0.7, s.bumpAmplitude(), EXACT);
        assertEquals(0.9 - 1.3 / 3, s.dendriteLength(), EXACT);
    }
}
