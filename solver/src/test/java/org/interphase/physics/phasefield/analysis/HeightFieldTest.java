package org.interphase.physics.phasefield.analysis;

import static org.interphase.physics.phasefield.analysis.FaradayTest.nodal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.QuadraticElevation;
import org.junit.jupiter.api.Test;

/** 3D height fields of fields with known level sets. */
class HeightFieldTest {

    private static final double EXACT = 1e-12;

    @Test
    void planarFrontIsExactOnDistortedTetrahedra() {
        for (int order = 1; order <= 2; order++) {
            Mesh m = MeshDistortion.perturbInterior(BoxMesher.build(0, 0, 0, 1, 1, 1, 5, 5, 5, 1), 0.2, 3);
            if (order == 2) {
                m = QuadraticElevation.elevate(m);
            }
            double z0 = 0.37;
            double[] xi = nodal(m, x -> 0.5 + (z0 - x[2]) / 0.4);
            double[] u = HeightProfile.uniformColumns(0, 1, 7);
            HeightField f = HeightField.of(m, xi, 0.5, 2, u, u);
            SurfaceStatistics s = f.statistics();
            assertEquals(49, s.columns());
            assertEquals(z0, s.max(), EXACT);
            assertEquals(z0, s.min(), EXACT);
        }
    }

    @Test
    void growthAlongXReadsHeightsAsXCoordinates() {
        Mesh m = BoxMesher.build(0, 0, 0, 1, 1, 1, 4, 4, 4, 1);
        double[] xi = nodal(m, x -> 0.5 + (0.6 - x[0]) + 0.1 * (x[1] - 0.5));
        double[] u = HeightProfile.uniformColumns(0, 1, 4);
        HeightField f = HeightField.of(m, xi, 0.5, 0, u, u);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(0.6 + 0.1 * (u[i] - 0.5), f.heights()[i * 4 + j], EXACT, "h(y, z) = 0.6 + 0.1 (y - 1/2)");
            }
        }
    }

    @Test
    void sineFrontRoughnessIn3d() {
        double a = 0.05;
        Mesh m = QuadraticElevation.elevate(BoxMesher.build(0, 0, 0, 1, 0.25, 1, 32, 2, 32, 1));
        double[] xi = nodal(m, x -> 0.5 - (x[2] - 0.5 - a * Math.sin(2 * Math.PI * x[0])) / 0.2);
        HeightField f = HeightField.of(m, xi, 0.5, 2, HeightProfile.uniformColumns(0, 1, 64),
                HeightProfile.uniformColumns(0, 0.25, 4));
        SurfaceStatistics s = f.statistics();
        assertEquals(64 * 4, s.columns());
        assertEquals(a / Math.sqrt(2), s.rms(), 5e-3 * a);
        assertEquals(0.5, s.mean(), 5e-3 * a);
        assertTrue(Math.abs(s.peakToValley() - 2 * a) < 0.02 * a, "peak-to-valley " + s.peakToValley());
    }

    @Test
    void columnsOutsideTheFrontAreNaN() {
        Mesh m = BoxMesher.build(0, 0, 0, 1, 1, 1, 2, 2, 2, 1);
        double[] xi = nodal(m, x -> 0.5 + (0.5 - x[2]));
        HeightField f = HeightField.of(m, xi, 0.5, 2, new double[] {0.5, 2.0}, new double[] {0.5});
        assertEquals(0.5, f.heights()[0], EXACT);
        assertTrue(Double.isNaN(f.heights()[1]));
    }
}
