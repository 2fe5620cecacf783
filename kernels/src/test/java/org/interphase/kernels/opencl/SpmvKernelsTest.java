package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.SpmvVariant;
import org.interphase.kernels.TestMatrices;
import org.junit.jupiter.api.Test;

/** Parity of both OpenCL SpMV variants and of the diagonal kernel (spmv.cl) with {@code CsrOps}. */
class SpmvKernelsTest extends OpenClTestBase {

    /** Row-wise: |y_cl_i - y_java_i| <= tol * ||A_i||_2 ||x||_2. */
    static final double SPMV_RTOL = 1e-12;
    static final int[] ROWS = {0, 1, 3, 255, 257, 5000};
    static final int[] MEAN_ROW = {1, 7, 40, 100};

    private static final Device CPU = new CpuDevice();

    @Test
    void bothVariantsMatchTheJavaTwin() {
        for (int rows : ROWS) {
            for (int mean : MEAN_ROW) {
                int cols = rows + 13;
                TestMatrices.Csr a = TestMatrices.random(rows, cols, mean, 31L * rows + mean);
                double[] x = TestMatrices.random(cols, rows + 7L);
                double[] ref = new double[rows];
                try (DeviceCsr ca = CPU.csr(rows, cols, a.rowPtr(), a.col(), a.val()); DeviceVector cx = CPU.vector(x);
                        DeviceVector cy = CPU.vector(rows)) {
                    CPU.spmv(ca, cx, cy);
                    cy.download(ref);
                }
                double xNorm = norm(x);
                for (SpmvVariant v : SpmvVariant.values()) {
                    try (DeviceCsr ga = cl.csr(rows, cols, a.rowPtr(), a.col(), a.val());
                            DeviceVector gx = cl.vector(x); DeviceVector gy = cl.vector(rows)) {
                        gy.fill(Double.NaN);
                        cl.spmv(ga, gx, gy, v);
                        double[] got = gy.toArray();
                        for (int i = 0; i < rows; i++) {
                            assertEquals(ref[i], got[i], SPMV_RTOL * a.rowNorm(i) * xNorm,
                                    v + " rows=" + rows + " mean=" + mean + " row " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void autoPicksVectorOnlyForLongRowsOnAccelerators() {
        assertEquals(SpmvVariant.SCALAR, SpmvVariant.AUTO.resolve(100, false));
        assertEquals(SpmvVariant.SCALAR, SpmvVariant.AUTO.resolve(SpmvVariant.VECTOR_THRESHOLD - 1, true));
        assertEquals(SpmvVariant.VECTOR, SpmvVariant.AUTO.resolve(SpmvVariant.VECTOR_THRESHOLD, true));
        assertEquals(SpmvVariant.VECTOR, SpmvVariant.VECTOR.resolve(1, false));
    }

    @Test
    void teamWidthFollowsRowLength() {
        assertEquals(2, OpenClDevice.teamSize(1.5, 256));
        assertEquals(8, OpenClDevice.teamSize(7.2, 256));
        assertEquals(32, OpenClDevice.teamSize(500, 256));
        assertEquals(16, OpenClDevice.teamSize(500, 16));
    }

    @Test
    void invDiagonalMatchesTheJavaTwin() {
        TestMatrices.Csr a = TestMatrices.laplacian2d(13, 7);
        a.val()[0] = 2.5;
        try (DeviceCsr ga = cl.csr(a.rows(), a.cols(), a.rowPtr(), a.col(), a.val());
                DeviceCsr ca = CPU.csr(a.rows(), a.cols(), a.rowPtr(), a.col(), a.val());
                DeviceVector gd = cl.vector(a.rows()); DeviceVector cd = CPU.vector(a.rows())) {
            cl.invDiagonal(ga, gd);
            CPU.invDiagonal(ca, cd);
            double[] g = gd.toArray();
            double[] c = cd.toArray();
            for (int i = 0; i < a.rows(); i++) {
                assertEquals(c[i], g[i], 0.0, "row " + i);
            }
            assertEquals(1.0 / 2.5, g[0], 0.0);
        }
    }

    @Test
    void valuesCanBeRewritten() {
        TestMatrices.Csr a = TestMatrices.laplacian2d(5, 4);
        double[] x = TestMatrices.random(a.cols(), 1);
        double[] twice = a.val().clone();
        for (int k = 0; k < twice.length; k++) {
            twice[k] *= 2.0;
        }
        try (DeviceCsr ga = cl.csr(a.rows(), a.cols(), a.rowPtr(), a.col()); DeviceVector gx = cl.vector(x);
                DeviceVector gy = cl.vector(a.rows())) {
            cl.spmv(ga, gx, gy);
            assertEquals(0.0, norm(gy.toArray()), 0.0, "a new matrix has zero values");
            ga.setValues(twice);
            cl.spmv(ga, gx, gy);
            double[] ref = a.times(x);
            double[] got = gy.toArray();
            for (int i = 0; i < a.rows(); i++) {
                assertEquals(2.0 * ref[i], got[i], 0.0, "scalar SpMV equals the Java twin bit for bit");
            }
            double[] back = new double[twice.length];
            ga.downloadValues(back);
            assertEquals(twice[3], back[3], 0.0);
        }
    }

    @Test
    void shapeErrorsAreProgrammingErrors() {
        TestMatrices.Csr a = TestMatrices.laplacian2d(3, 3);
        try (DeviceCsr ga = cl.csr(a.rows(), a.cols(), a.rowPtr(), a.col(), a.val());
                DeviceVector x = cl.vector(a.cols()); DeviceVector shortY = cl.vector(2);
                DeviceVector y = cl.vector(a.rows()); DeviceVector cpuX = CPU.vector(a.cols())) {
            var e = assertThrows(IllegalArgumentException.class, () -> cl.spmv(ga, x, shortY));
            assertEquals("output vector has length 2, expected 9", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> cl.spmv(ga, x, x));
            e = assertThrows(IllegalArgumentException.class, () -> cl.spmv(ga, cpuX, y));
            assertEquals("vector belongs to cpu, not to " + cl.name(), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> cl.csr(2, 2, new int[] {0, 1, 2}, new int[] {0, 5}));
    }

    static double norm(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
