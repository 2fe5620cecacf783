package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.interphase.kernels.AllenCahnStep;
import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.TestMatrices;
import org.junit.jupiter.api.Test;

/**
 * The explicit Allen-Cahn step (allencahn.cl) against its Java twin on a P1 triangle mesh, and both
 * against the closed form for a uniform field.
 */
class AllenCahnKernelsTest extends OpenClTestBase {

    /** Parity per entry, relative to the entry's size; the kernels mirror the twin, so this is loose. */
    static final double PARITY_RTOL = 1e-14;
    static final double KAPPA = 4e-4;


    /** Nodes on y = 0 and y = ly are held, as in PFHub benchmark 7. */
    private static boolean[] heldRows(TestMatrices.P1Mesh m, double ly) {
        boolean[] held = new boolean[m.y().length];
        for (int i = 0; i < held.length; i++) {
            held[i] = m.y()[i] == 0.0 || m.y()[i] == ly;
        }
        return held;
    }

    private static double[] run(Device d, TestMatrices.P1Mesh m, boolean[] held, double[] eta0, double[][] sources,
            double dt) {
        TestMatrices.Csr k = m.stiffness();
        try (AllenCahnStep step = new AllenCahnStep(d, k.rows(), k.rowPtr(), k.col(), k.val(), m.lumpedMass(), held,
                KAPPA, 1.0); var eta = d.vector(eta0)) {
            for (double[] s : sources) {
                step.step(eta, s, dt);
            }
            return eta.toArray();
        }
    }

    @Test
    void openClStepsMatchTheJavaTwin() {
        TestMatrices.P1Mesh m = TestMatrices.p1Rectangle(37, 19, 1.0, 0.5);
        boolean[] held = heldRows(m, 0.5);
        int n = held.length;
        Random r = new Random(5);
        double[] eta0 = new double[n];
        for (int i = 0; i < n; i++) {
            eta0[i] = r.nextDouble();
        }
        double[][] sources = new double[4][];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = TestMatrices.random(n, 100 + s);
        }
        double dt = 1e-3;
        double[] cpu = run(new CpuDevice(), m, held, eta0, sources, dt);
        double[] gpu = run(cl, m, held, eta0, sources, dt);
        for (int i = 0; i < n; i++) {
            assertEquals(cpu[i], gpu[i], PARITY_RTOL * Math.max(1.0, Math.abs(cpu[i])), "node " + i);
            if (held[i]) {
                assertEquals(eta0[i], gpu[i], 0.0, "held node " + i);
            }
        }
    }

    @Test
    void aUniformFieldFollowsTheDoubleWell() {
        TestMatrices.P1Mesh m = TestMatrices.p1Rectangle(8, 4, 1.0, 0.5);
        boolean[] held = heldRows(m, 0.5);
        int n = held.length;
        double c = 0.3;
        double dt = 0.01;
        double[] eta0 = new double[n];
        java.util.Arrays.fill(eta0, c);
        double[][] noSource = {new double[n]};
        double expected = c - dt * 4.0 * c * (c - 1.0) * (c - 0.5);
        for (Device d : new Device[] {new CpuDevice(), cl}) {
            double[] eta = run(d, m, held, eta0, noSource, dt);
            for (int i = 0; i < n; i++) {
                // K annihilates constants up to rounding of its row sums.
                assertEquals(held[i] ? c : expected, eta[i], 1e-15, d.name() + " node " + i);
            }
        }
    }
}
