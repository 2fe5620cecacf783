package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cpu device against closed forms, and its failure messages. */
class CpuDeviceTest {

    private final CpuDevice cpu = new CpuDevice();

    @Test
    void operationsMatchClosedForms() {
        try (DeviceVector x = cpu.vector(new double[] {1, 2, 3}); DeviceVector y = cpu.vector(new double[] {4, 5, 6});
                DeviceVector z = cpu.vector(3)) {
            assertEquals(32.0, cpu.dot(x, y), 0.0);
            assertEquals(Math.sqrt(14.0), cpu.norm2(x), 0.0);
            cpu.axpy(2.0, x, y);
            assertArrayEquals(new double[] {6, 9, 12}, y.toArray(), 0.0);
            cpu.xpby(x, 0.5, y);
            assertArrayEquals(new double[] {4, 6.5, 9}, y.toArray(), 0.0);
            cpu.multiply(x, y, z);
            assertArrayEquals(new double[] {4, 13, 27}, z.toArray(), 0.0);
            cpu.scale(-1.0, z);
            cpu.copy(z, y);
            assertArrayEquals(new double[] {-4, -13, -27}, y.toArray(), 0.0);
        }
    }

    @Test
    void pcgSolvesTheLaplacian() {
        TestMatrices.Csr a = TestMatrices.laplacian2d(20, 10);
        double[] xTrue = TestMatrices.random(a.rows(), 1);
        double[] b = a.times(xTrue);
        try (DeviceCsr da = cpu.csr(a.rows(), a.cols(), a.rowPtr(), a.col(), a.val()); DeviceVector db = cpu.vector(b);
                DeviceVector dx = cpu.vector(a.rows())) {
            PcgResult r = cpu.pcg(da, db, dx, PcgOptions.of(1e-12, 500));
            assertTrue(r.converged(), r.toString());
            double[] x = dx.toArray();
            for (int i = 0; i < x.length; i++) {
                assertEquals(xTrue[i], x[i], 1e-10, "entry " + i);
            }
        }
    }

    @Test
    void anAbsurdAllocationIsAClearError() {
        DeviceException e = assertThrows(DeviceException.class, () -> cpu.vector(Integer.MAX_VALUE));
        assertEquals(DeviceException.Reason.ALLOCATION_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("the cpu device cannot allocate a vector of 2147483647 doubles "
                + "(17179869176 bytes): the Java heap allows "), e.getMessage());
    }

    @Test
    void updateWeightsNeedPositiveMassOnFreeNodes() {
        assertArrayEquals(new double[] {0.5, 0.0}, AllenCahnOps.updateWeights(new double[] {2, 0},
                new boolean[] {false, true}), 0.0);
        var e = assertThrows(IllegalArgumentException.class, () -> AllenCahnOps.updateWeights(new double[] {1, 0},
                new boolean[] {false, false}));
        assertEquals("lumped mass of node 1 is 0.0; it must be > 0", e.getMessage());
    }
}
