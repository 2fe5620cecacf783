package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.PcgOptions;
import org.interphase.kernels.PcgResult;
import org.interphase.kernels.TestMatrices;
import org.interphase.kernels.TransferCounter;
import org.junit.jupiter.api.Test;

/**
 * Device-resident Jacobi PCG on a 2D Laplacian: both devices reach the same solution, the solution
 * solves the system, and an OpenCL iteration moves only a few scalars between host and device.
 */
class PcgTest extends OpenClTestBase {

    /** ||x_cl - x_cpu|| <= tol ||x_cpu||. */
    static final double SOLUTION_RTOL = 1e-10;
    /** Solver tolerance; the true residual is checked on the host against ten times this. */
    static final double SOLVE_RTOL = 1e-12;

    private static final TestMatrices.Csr A = TestMatrices.laplacian2d(40, 30);
    private static final double[] B = TestMatrices.random(A.rows(), 77);

    private static double[] solve(Device d, PcgOptions opts, PcgResult[] result) {
        try (DeviceCsr a = d.csr(A.rows(), A.cols(), A.rowPtr(), A.col(), A.val()); DeviceVector b = d.vector(B);
                DeviceVector x = d.vector(A.rows())) {
            result[0] = d.pcg(a, b, x, opts);
            return x.toArray();
        }
    }

    @Test
    void bothDevicesReachTheSameSolution() {
        PcgResult[] rc = new PcgResult[1];
        PcgResult[] rg = new PcgResult[1];
        double[] xc = solve(new CpuDevice(), PcgOptions.of(SOLVE_RTOL, 1000), rc);
        double[] xg = solve(cl, PcgOptions.of(SOLVE_RTOL, 1000), rg);
        assertTrue(rc[0].converged(), "cpu: " + rc[0]);
        assertTrue(rg[0].converged(), "opencl: " + rg[0]);
        double[] r = A.times(xc);
        for (int i = 0; i < r.length; i++) {
            r[i] = B[i] - r[i];
        }
        assertTrue(SpmvKernelsTest.norm(r) <= 10 * SOLVE_RTOL * SpmvKernelsTest.norm(B), "true residual");
        double diff = 0.0;
        for (int i = 0; i < xc.length; i++) {
            diff += (xc[i] - xg[i]) * (xc[i] - xg[i]);
        }
        assertTrue(Math.sqrt(diff) <= SOLUTION_RTOL * SpmvKernelsTest.norm(xc),
                "solutions differ by " + Math.sqrt(diff));
        assertTrue(Math.abs(rc[0].iterations() - rg[0].iterations()) <= 2,
                rc[0].iterations() + " vs " + rg[0].iterations() + " iterations");
        assertEquals(rc[0].iterations() + 1, rc[0].residuals().length);
    }

    @Test
    void cpuGivesTheSameNumbersRunAfterRun() {
        PcgResult[] r1 = new PcgResult[1];
        PcgResult[] r2 = new PcgResult[1];
        CpuDevice cpu = new CpuDevice();
        assertArrayEquals(solve(cpu, PcgOptions.of(SOLVE_RTOL, 1000), r1), solve(cpu, PcgOptions.of(SOLVE_RTOL,
                1000), r2), 0.0);
        assertArrayEquals(r1[0].residuals(), r2[0].residuals(), 0.0);
    }

    @Test
    void anIterationReadsBackAtMostFourScalarsAndUploadsNothing() {
        PcgOptions few = PcgOptions.of(0.0, 5);
        PcgOptions more = PcgOptions.of(0.0, 25);
        try (DeviceCsr a = cl.csr(A.rows(), A.cols(), A.rowPtr(), A.col(), A.val()); DeviceVector b = cl.vector(B);
                DeviceVector x = cl.vector(A.rows())) {
            TransferCounter t = cl.transfers();
            TransferCounter.Snapshot s0 = t.snapshot();
            PcgResult r1 = cl.pcg(a, b, x, few);
            TransferCounter.Snapshot s1 = t.snapshot();
            x.fill(0.0);
            PcgResult r2 = cl.pcg(a, b, x, more);
            TransferCounter.Snapshot s2 = t.snapshot();
            assertEquals(PcgResult.Status.MAX_ITERATIONS, r2.status());
            TransferCounter.Snapshot perRun1 = s1.minus(s0);
            TransferCounter.Snapshot perRun2 = s2.minus(s1);
            int extra = r2.iterations() - r1.iterations();
            long downloads = perRun2.downloads() - perRun1.downloads();
            long bytes = perRun2.downloadBytes() - perRun1.downloadBytes();
            assertEquals(0, perRun2.uploads(), "pcg uploads nothing");
            assertTrue(downloads <= 4L * extra, downloads + " downloads in " + extra + " iterations");
            assertTrue(bytes <= 4L * 8 * extra, bytes + " bytes read back in " + extra + " iterations");
            assertTrue(perRun2.downloadBytes() < 8L * A.rows(), "no vector-sized read in a whole solve");
        }
    }

    @Test
    void anIndefiniteMatrixBreaksDown() {
        // [[1, 2], [2, 1]] has eigenvalues 3 and -1; from b = (1, 0) the second step finds p.Ap = -12.
        for (Device d : new Device[] {new CpuDevice(), cl}) {
            try (DeviceCsr a = d.csr(2, 2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {1, 2, 2, 1});
                    DeviceVector b = d.vector(new double[] {1, 0}); DeviceVector x = d.vector(2)) {
                PcgResult r = d.pcg(a, b, x, PcgOptions.of(1e-10, 10));
                assertEquals(PcgResult.Status.BREAKDOWN, r.status(), d.name());
                assertEquals(2, r.iterations(), d.name());
            }
        }
    }

    @Test
    void aZeroDiagonalBreaksDown() {
        for (Device d : new Device[] {new CpuDevice(), cl}) {
            try (DeviceCsr a = d.csr(2, 2, new int[] {0, 1, 2}, new int[] {1, 0}, new double[] {1, 1});
                    DeviceVector b = d.vector(new double[] {1, 1}); DeviceVector x = d.vector(2)) {
                assertEquals(PcgResult.Status.BREAKDOWN, d.pcg(a, b, x, PcgOptions.of(1e-10, 10)).status(),
                        d.name());
            }
        }
    }

    @Test
    void zeroRightHandSideConvergesAtOnce() {
        try (DeviceCsr a = cl.csr(A.rows(), A.cols(), A.rowPtr(), A.col(), A.val());
                DeviceVector b = cl.vector(A.rows()); DeviceVector x = cl.vector(A.rows())) {
            PcgResult r = cl.pcg(a, b, x, PcgOptions.of(1e-10, 10));
            assertTrue(r.converged());
            assertEquals(0, r.iterations());
        }
    }
}
