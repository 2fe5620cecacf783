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
     * r := b - A x.
     *
     * @param nRows  (Input) number of rows.
     * @param rowPtr (Input) row pointers. Not modified.
     * @param col    (Input) column indices. Not modified.
     * @param val    (Input) values. Not modified.
     * @param x      (Input) vector of length nCols. Not modified.
     * @param b      (Input) vector of length nRows. Not modified.
     * @param r      (Output) vector of length nRows; may alias b, not x.
     */
    public static void residual(int nRows, int[] rowPtr, int[] col, double[] val, double[] x, double[] b,
            double[] r) {
        Parallel.forRange(nRows, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double s = b[i];
                for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                    s -= val[k] * x[col[k]];
                }
                r[i] = s;
            }
        });
    }

    /**
     * One Jacobi-preconditioned Chebyshev step, fused: r := b - A x, then d := c1 d + c2 D^-1 r.
     *
     * @param nRows   (Input) number of rows.
     * @param rowPtr  (Input) row pointers. Not modified.
     * @param col     (Input) column indices. Not modified.
     * @param val     (Input) values. Not modified.
     * @param invDiag (Input) inverse diagonal D^-1. Not modified.
     * @param x       (Input) current iterate. Not modified.
     * @param b       (Input) right-hand side. Not modified.
     * @param c1      (Input) weight of the previous direction.
     * @param c2      (Input) weight of the scaled residual.
     * @param d       (Input/Output) direction.
     */
    public static void chebyshevDirection(int nRows, int[] rowPtr, int[] col, double[] val, double[] invDiag,
            double[] x, double[] b, double c1, double c2, double[] d) {
        Parallel.forRange(nRows, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double s = b[i];
                for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                    s -= val[k] * x[col[k]];
                }
                d[i] = c1 * d[i] + c2 * invDiag[i] * s;
            }
        });
    }

    /**
     * y := y + alpha A x.
     *
     * @param nRows  (Input) number of rows.
     * @param rowPtr (Input) row pointers. Not modified.
     * @param col    (Input) column indices. Not modified.
     * @param val    (Input) values. Not modified.
     * @param alpha  (Input) scale of the product.
     * @param x      (Input) vector of length nCols. Not modified.
     * @param y      (Input/Output) vector of length nRows; may not alias x.
     */
    public static void spmvAdd(int nRows, int[] rowPtr, int[] col, double[] val, double alpha, double[] x,
            double[] y) {
        Parallel.forRange(nRows, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double s = 0.0;
                for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
                    s += val[k] * x[col[k]];
                }
                y[i] += alpha * s;
            }
        });
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
