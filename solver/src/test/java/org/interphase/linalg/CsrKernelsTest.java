package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.kernels.CsrOps;
import org.junit.jupiter.api.Test;

/** The fused CSR routines this package added to the kernels module, against their plain definitions. */
class CsrKernelsTest {

    /** Same products summed in the same order: only the fused scaling may differ in the last bit. */
    private static final double TOL = 1e-14;
    private static final int N = 20000;

    private final CsrMatrix a = TestMatrices.random(N, N, 7, 11);
    private final double[] x = TestMatrices.randomVector(N, 12);
    private final double[] b = TestMatrices.randomVector(N, 13);

    private double[] product() {
        double[] y = new double[N];
        a.multiply(x, y);
        return y;
    }

    @Test
    void residualIsBMinusAx() {
        double[] r = new double[N];
        CsrOps.residual(N, a.rowPtr(), a.colIndex(), a.values(), x, b, r);
        double[] ax = product();
        for (int i = 0; i < N; i++) {
            assertEquals(b[i] - ax[i], r[i], TOL);
        }
    }

    @Test
    void spmvAddAccumulates() {
        double[] y = b.clone();
        CsrOps.spmvAdd(N, a.rowPtr(), a.colIndex(), a.values(), -0.5, x, y);
        double[] ax = product();
        for (int i = 0; i < N; i++) {
            assertEquals(b[i] - 0.5 * ax[i], y[i], TOL);
        }
    }

    @Test
    void chebyshevDirectionIsTheScaledResidualPlusTheOldDirection() {
        double[] invDiag = TestMatrices.randomVector(N, 14);
        double[] d = TestMatrices.randomVector(N, 15);
        double[] d0 = d.clone();
        CsrOps.chebyshevDirection(N, a.rowPtr(), a.colIndex(), a.values(), invDiag, x, b, 0.3, 1.7, d);
        double[] ax = product();
        for (int i = 0; i < N; i++) {
            assertEquals(0.3 * d0[i] + 1.7 * invDiag[i] * (b[i] - ax[i]), d[i], TOL * 10);
        }
    }
}
