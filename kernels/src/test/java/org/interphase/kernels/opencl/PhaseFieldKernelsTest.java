package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.TestMatrices;
import org.junit.jupiter.api.Test;

/**
 * The phase-field kernels (phasefield.cl) against their Java twin (PhaseFieldOps) on seeded random input, and
 * the twin against closed forms.
 */
class PhaseFieldKernelsTest extends OpenClTestBase {

    /** Parity relative to the larger of 1 and the entry: exp, atan2, cos, sin may differ in the last bits. */
    static final double PARITY_RTOL = 1e-13;

    private static double[] rate(Device d, double[][] in) {
        try (DeviceVector xi = d.vector(in[0]); DeviceVector c = d.vector(in[1]); DeviceVector phi = d.vector(in[2]);
                DeviceVector nu = d.vector(in[3]); DeviceVector m = d.vector(in[4]); DeviceVector g = d.vector(in[5]);
                DeviceVector r = d.vector(in[0].length)) {
            d.phaseFieldRate(1.3, 0.02, 0.5, 0.5, -0.2, 0.4, xi, c, phi, nu, m, g, r);
            return r.toArray();
        }
    }

    private static double[] flux(Device d, double[] p, int dim, double delta) {
        try (DeviceVector pv = d.vector(p); DeviceVector f = d.vector(p.length)) {
            d.phaseFieldFlux(dim, 1.7, 0.6, delta, 4, 0.3, pv, f);
            return f.toArray();
        }
    }

    private static double[][] constrain(Device d, TestMatrices.Csr a, double[] held, double[] v, double[] b) {
        try (DeviceCsr m = d.csr(a.rows(), a.cols(), a.rowPtr(), a.col(), a.val()); DeviceVector h = d.vector(held);
                DeviceVector vv = d.vector(v); DeviceVector rhs = d.vector(b)) {
            d.constrain(m, h, vv, rhs);
            double[] val = new double[a.val().length];
            m.downloadValues(val);
            return new double[][] {val, rhs.toArray()};
        }
    }

    private static void close(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], PARITY_RTOL * Math.max(1.0, Math.abs(expected[i])), what + " " + i);
        }
    }

    @Test
    void openClMatchesTheJavaTwin() {
        int n = 5000;
        double[][] in = new double[6][];
        for (int k = 0; k < 6; k++) {
            in[k] = TestMatrices.random(n, 10 + k);
        }
        for (int i = 0; i < n; i++) {
            in[0][i] = 0.6 * in[0][i] + 0.5;
            in[2][i] *= 8;
            in[4][i] = 1 + Math.abs(in[4][i]);
        }
        close(rate(new CpuDevice(), in), rate(cl, in), "rate");
        double[] p = TestMatrices.random(2 * n, 20);
        p[10] = 0;
        p[11] = 0;
        close(flux(new CpuDevice(), p, 2, 0.1), flux(cl, p, 2, 0.1), "anisotropic flux");
        close(flux(new CpuDevice(), p, 3, 0.1), flux(cl, p, 3, 0.1), "isotropic flux");
        try (CpuDevice cpu = new CpuDevice(); DeviceVector x = cpu.vector(in[0]); DeviceVector y = cpu.vector(n);
                DeviceVector xc = cl.vector(in[0]); DeviceVector yc = cl.vector(n)) {
            cpu.blend(3, -1, x, y);
            cl.blend(3, -1, xc, yc);
            close(y.toArray(), yc.toArray(), "blend");
        }
        TestMatrices.Csr a = TestMatrices.laplacian2d(30, 20);
        double[] held = new double[a.rows()];
        for (int i = 0; i < held.length; i += 7) {
            held[i] = 1;
        }
        double[] v = TestMatrices.random(a.rows(), 30);
        double[] b = TestMatrices.random(a.rows(), 31);
        double[][] cpu = constrain(new CpuDevice(), a, held, v, b);
        double[][] gpu = constrain(cl, a, held, v, b);
        close(cpu[0], gpu[0], "constrained values");
        close(cpu[1], gpu[1], "constrained rhs");
    }

    @Test
    void theTwinMatchesClosedForms() {
        CpuDevice d = new CpuDevice();
        double x = 0.3;
        double eta = 0.7;
        double[][] in = {{x}, {0.8}, {eta - 0.2}, {0.5}, {2.0}, {0.25}};
        double g1 = 2 * x * (1 - x) * (1 - 2 * x);
        double h1 = 30 * x * x * (1 - x) * (1 - x);
        double b = Math.exp(0.5 * (eta - 0.2 + 0.2)) - 0.8 * Math.exp(-0.5 * (eta - 0.2 + 0.2));
        double expected = 0.25 + 2.0 * (1.3 * g1 + 0.02 * h1 * b - 0.4 * 0.5 * 16 * x * x * (1 - x) * (1 - x));
        assertEquals(expected, rate(d, in)[0], 1e-15);
        double[] f = flux(d, new double[] {2.0, 0.0}, 2, 0.1);
        double s = 4 * (0 - 0.3);
        assertEquals(1.7 * 0.6 * (1 + 0.1 * Math.cos(s)) * 2.0, f[0], 1e-14);
        assertEquals(1.7 * 0.5 * (-0.6 * 0.1 * 4 * Math.sin(s)) * 2.0, f[1], 1e-14);
        try (DeviceVector xs = d.vector(new double[] {-0.5, 0, 0.5, 1, 2}); DeviceVector y = d.vector(5)) {
            d.blend(3, -1, xs, y);
            assertEquals(-1, y.toArray()[0], 0);
            assertEquals(1, y.toArray()[2], 1e-15);
            assertEquals(3, y.toArray()[4], 0);
        }
    }
}
