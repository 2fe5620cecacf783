package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.TestMatrices;
import org.junit.jupiter.api.Test;

/**
 * Parity of the OpenCL vector kernels (vector.cl, reduce.cl) with their Java twins on seeded random
 * input, for sizes around the work-group size and 0 and 1.
 */
class VectorKernelsTest extends OpenClTestBase {

    /** Element-wise operations: |cl - java| <= tol * (|terms|) entry by entry. */
    static final double ELEMENTWISE_RTOL = 1e-14;
    /** Reductions: |dot_cl - dot_java| <= tol * ||x|| ||y||. */
    static final double REDUCTION_RTOL = 1e-12;
    static final int[] SIZES = {0, 1, 2, 7, 255, 256, 257, 1000, 4097, 100_003};

    private static final Device CPU = new CpuDevice();

    /** Runs op on both devices with inputs x, y (y is also the in-out vector) and compares y and z. */
    private interface Op {
        void run(Device d, DeviceVector x, DeviceVector y, DeviceVector z);
    }

    private static void parity(String name, Op op) {
        for (int n : SIZES) {
            double[] x = TestMatrices.random(n, 11 + n);
            double[] y = TestMatrices.random(n, 23 + n);
            double[][] got = new double[2][];
            double[][] gotZ = new double[2][];
            Device[] devices = {CPU, cl};
            for (int d = 0; d < 2; d++) {
                try (DeviceVector vx = devices[d].vector(x); DeviceVector vy = devices[d].vector(y);
                        DeviceVector vz = devices[d].vector(n)) {
                    op.run(devices[d], vx, vy, vz);
                    got[d] = vy.toArray();
                    gotZ[d] = vz.toArray();
                }
            }
            for (int i = 0; i < n; i++) {
                double scale = Math.abs(x[i]) + Math.abs(y[i]) + Math.abs(got[0][i]);
                assertEquals(got[0][i], got[1][i], ELEMENTWISE_RTOL * scale, name + " y, n=" + n + ", i=" + i);
                assertEquals(gotZ[0][i], gotZ[1][i], ELEMENTWISE_RTOL * scale, name + " z, n=" + n + ", i=" + i);
            }
        }
    }

    @Test
    void axpy() {
        parity("axpy", (d, x, y, z) -> d.axpy(-0.7, x, y));
    }

    @Test
    void xpby() {
        parity("xpby", (d, x, y, z) -> d.xpby(x, 1.3, y));
    }

    @Test
    void scale() {
        parity("scale", (d, x, y, z) -> d.scale(-2.5, y));
    }

    @Test
    void copy() {
        parity("copy", (d, x, y, z) -> d.copy(x, y));
    }

    @Test
    void multiply() {
        parity("multiply", (d, x, y, z) -> d.multiply(x, y, z));
    }

    @Test
    void multiplyInPlace() {
        parity("multiply in place", (d, x, y, z) -> d.multiply(x, y, y));
    }

    @Test
    void fill() {
        parity("fill", (d, x, y, z) -> y.fill(3.25));
    }

    @Test
    void dotAndNormWithContiguousChunks() {
        cl.contiguousReduction(true);
        dotAndNorm();
    }

    @Test
    void dotAndNormInterleaved() {
        cl.contiguousReduction(false);
        try {
            dotAndNorm();
        } finally {
            cl.contiguousReduction(cl.info().type().equals("CPU"));
        }
    }

    private void dotAndNorm() {
        for (int n : SIZES) {
            double[] x = TestMatrices.random(n, 5 + n);
            double[] y = TestMatrices.random(n, 9 + n);
            try (DeviceVector cx = CPU.vector(x); DeviceVector cy = CPU.vector(y); DeviceVector gx = cl.vector(x);
                    DeviceVector gy = cl.vector(y)) {
                double nx = CPU.norm2(cx);
                double ny = CPU.norm2(cy);
                assertEquals(CPU.dot(cx, cy), cl.dot(gx, gy), REDUCTION_RTOL * nx * ny, "dot, n=" + n);
                assertEquals(nx, cl.norm2(gx), REDUCTION_RTOL * nx, "norm2, n=" + n);
            }
        }
    }

    @Test
    void dotKnownAnswer() {
        int n = 300_001;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        try (DeviceVector v = cl.vector(ones)) {
            assertEquals(n, cl.dot(v, v), 0.0, "sum of ones is exact in any order");
        }
    }

    @Test
    void sameNumbersRunAfterRun() {
        double[] x = TestMatrices.random(123_457, 3);
        try (DeviceVector v = cl.vector(x)) {
            double first = cl.dot(v, v);
            for (int k = 0; k < 3; k++) {
                assertTrue(first == cl.dot(v, v), "OpenCL dot must be deterministic");
            }
        }
    }
}
