package org.interphase.physics.phasefield.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/** Faraday bookkeeping against validation.md P4 and exact integrals of polynomial fields. */
class FaradayTest {

    /** P4 numbers are printed to three digits. */
    private static final double PRINTED = 5e-4;
    /** Quadrature of a field of the mesh's order is exact up to rounding. */
    private static final double EXACT = 1e-12;

    static double[] nodal(Mesh m, ToDoubleFunction<double[]> f) {
        double[] v = new double[m.nodeCount()];
        double[] x = new double[m.dim()];
        for (int i = 0; i < v.length; i++) {
            for (int d = 0; d < m.dim(); d++) {
                x[d] = m.x(i, d);
            }
            v[i] = f.applyAsDouble(x);
        }
        return v;
    }

    @Test
    void oneMilliampHourPerSquareCentimetreOfSodiumAndLithium() {
        double na = Faraday.thicknessOfCapacity(Metal.NA, 1.0);
        double li = Faraday.thicknessOfCapacity(Metal.LI, 1.0);
        assertEquals(8.86e-6, na, PRINTED * 8.86e-6);
        assertEquals(4.85e-6, li, PRINTED * 4.85e-6);
        assertEquals(13.0 / 23.75, li / na, 1e-15);
        assertEquals(0.548, li / na, 0.002 * 0.548, "seed 004's 0.548 uses a Na density of 0.97 g/cm^3");
    }

    @Test
    void capacityConversionsInvertEachOther() {
        assertEquals(36000.0, Faraday.arealCharge(1.0), 0.0);
        assertEquals(2.5, Faraday.arealCapacity(Faraday.arealCharge(2.5)), 1e-15);
        double q = 123.0;
        double t = Faraday.thickness(Metal.NA.molarVolume(), q * 2e-3, 1, 2e-3);
        assertEquals(Faraday.thicknessPerArealCharge(Metal.NA.molarVolume(), q, 1), t, 1e-20);
    }

    @Test
    void depositChargeOfKnownFieldsIn2dAnd3d() {
        double lx = 3e-6;
        double ly = 2e-6;
        for (int order = 1; order <= 2; order++) {
            Mesh m = RectangleMesher.build(0, 0, lx, ly, 6, 5, order, RectangleMesher.Diagonal.ALTERNATE);
            double[] xi = order == 1 ? nodal(m, x -> x[1] / ly) : nodal(m, x -> (x[1] / ly) * (x[1] / ly));
            double integral = MeshIntegrals.integral(m, xi);
            double expected = order == 1 ? lx * ly / 2 : lx * ly / 3;
            assertEquals(expected, integral, EXACT * expected);
            double area = MeshIntegrals.facetMeasure(m, "bottom");
            assertEquals(lx, area, EXACT * lx);
            assertEquals(lx, MeshIntegrals.projectedArea(m, 1), EXACT * lx);
            double q = Faraday.charge(1, Metal.NA.siteDensity(), integral);
            assertEquals(Faraday.F * integral / Metal.NA.molarVolume(), q, EXACT * q);
            assertEquals(expected / lx, Faraday.thickness(Metal.NA.molarVolume(), q, 1, area), EXACT * ly);
        }
        Mesh box = BoxMesher.build(0, 0, 0, 1, 2, 3, 2, 2, 3, 2);
        double[] xi = nodal(box, x -> x[0] * x[2]);
        assertEquals(0.5 * 2 * 4.5, MeshIntegrals.integral(box, xi), EXACT * 4.5);
        assertEquals(6.0, MeshIntegrals.measure(box), EXACT * 6);
        assertEquals(2.0, MeshIntegrals.projectedArea(box, 2), EXACT);
    }
}
