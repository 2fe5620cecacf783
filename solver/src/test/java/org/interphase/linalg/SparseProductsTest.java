package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparseProductsTest {

    /** Sums of a few products in a different order differ in the last bits only. */
    private static final double TOL = 1e-13;

    private static void assertDenseEquals(double[][] expected, CsrMatrix actual) {
        assertEquals(expected.length, actual.rows());
        for (int i = 0; i < actual.rows(); i++) {
            for (int k = actual.rowPtr()[i] + 1; k < actual.rowPtr()[i + 1]; k++) {
                assertTrue(actual.colIndex()[k - 1] < actual.colIndex()[k], "sorted, distinct columns");
            }
        }
        double[][] d = TestMatrices.dense(actual);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], d[i][j], TOL, "entry " + i + "," + j);
            }
        }
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    @Test
    void productTransposeAndGalerkinMatchDenseArithmetic() {
        // large enough (2500 rows) that the products run in parallel blocks
        CsrMatrix a = TestMatrices.random(2500, 2500, 6, 1);
        CsrMatrix p = TestMatrices.random(2500, 40, 2, 2);
        double[][] da = TestMatrices.dense(a);
        double[][] dp = TestMatrices.dense(p);
        assertDenseEquals(multiply(da, dp), SparseProducts.multiply(a, p));
        assertDenseEquals(transpose(dp), SparseProducts.transpose(p));
        assertDenseEquals(multiply(transpose(dp), multiply(da, dp)), SparseProducts.galerkin(p, a));
    }

    @Test
    void scaledProductPlusIsTheSmoothedProlongator() {
        CsrMatrix a = TestMatrices.random(3000, 3000, 5, 3);
        CsrMatrix p = TestMatrices.random(3000, 30, 1, 4);
        double[] s = TestMatrices.randomVector(3000, 5);
        double[][] expected = multiply(TestMatrices.dense(a), TestMatrices.dense(p));
        double[][] dp = TestMatrices.dense(p);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                expected[i][j] = s[i] * expected[i][j] + dp[i][j];
            }
        }
        assertDenseEquals(expected, SparseProducts.scaledProductPlus(s, a, p, p));
    }

    @Test
    void cooSumsDuplicatesAndKeepsExplicitZeros() {
        CooMatrix c = new CooMatrix(3, 4);
        c.add(2, 3, 1.0);
        c.add(0, 1, 2.0);
        c.add(2, 0, 0.0);
        c.add(0, 1, 3.0);
        c.add(2, 3, -4.0);
        CsrMatrix a = c.toCsr();
        assertArrayEquals(new int[] {0, 1, 1, 3}, a.rowPtr());
        assertArrayEquals(new int[] {1, 0, 3}, a.colIndex());
        assertArrayEquals(new double[] {5.0, 0.0, -3.0}, a.values());
    }
}
