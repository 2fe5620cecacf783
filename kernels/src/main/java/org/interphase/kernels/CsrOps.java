package org.interphase.kernels;

/**
 * Compressed-sparse-row operations on raw arrays, the plain-Java twins of the OpenCL CSR kernels.
 * A CSR matrix is (rowPtr[nRows+1], col[nnz], val[nnz]) with column indices sorted within each row.
 */
public final class CsrOps {

    private CsrOps() {
    }

    /**
     * y := A x.
     *
     * @param nRows  (Input) number of rows.
     * @param rowPtr (Input) row pointers. Not modified.
     * @param col    (Input) column indices. Not modified.
     * @param val    (Input) values. Not modified.
     * @param x      (Input) vector of length nCols. Not modified.
     * @param y      (Output) vector of length nRows.
     */
    public static void spmv(int nRows, int[] rowPtr, int[] col, double[] val, double[] x, double[] y) {
        Parallel.forRange(nRows, (lo, hi) -> spmvRows(lo, hi, rowPtr, col, val, x, y));
    }

    /** y[lo..hi) := (A x)[lo..hi), serially. Same arguments as {@link #spmv}. */
    public static void spmvRows(int lo, int hi, int[] rowPtr, int[] col, double[] val, double[] x, double[] y) {
        for (int i = lo; i < hi; i++) {
            double s = 0.0;
            for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                s += val[k] * x[col[k]];
            }
            y[i] = s;
        }
    }

    /**
     * d_i := 1 / a_ii, the Jacobi preconditioner; infinite where row i has no or a zero diagonal.
     *
     * @param nRows  (Input) number of rows.
     * @param rowPtr (Input) row pointers. Not modified.
     * @param col    (Input) column indices. Not modified.
     * @param val    (Input) values. Not modified.
     * @param d      (Output) vector of length nRows.
     */
    public static void invDiagonal(int nRows, int[] rowPtr, int[] col, double[] val, double[] d) {
        Parallel.forRange(nRows, (lo, hi) -> invDiagonalRows(lo, hi, rowPtr, col, val, d));
    }

    /** d[lo..hi) := 1 / diag(A)[lo..hi), serially. Same arguments as {@link #invDiagonal}. */
    public static void invDiagonalRows(int lo, int hi, int[] rowPtr, int[] col, double[] val, double[] d) {
        for (int i = lo; i < hi; i++) {
            double aii = 0.0;
            for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                if (col[k] == i) {
                    aii = val[k];
                }
            }
            d[i] = 1.0 / aii;
        }
    }
}
