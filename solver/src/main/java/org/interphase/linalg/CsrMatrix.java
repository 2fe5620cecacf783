package org.interphase.linalg;

import java.util.Arrays;
import org.interphase.core.Checks;
import org.interphase.kernels.CsrOps;

/**
 * A sparse matrix in compressed-sparse-row form with sorted column indices in each row. The
 * structure (rowPtr, col) is fixed at construction; values may be rewritten (assembly writes them in
 * place through precomputed slots).
 */
public final class CsrMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowPtr;
    private final int[] col;
    private final double[] val;

    /**
     * @param rows   (Input) number of rows.
     * @param cols   (Input) number of columns.
     * @param rowPtr (Input) row pointers, length rows+1. Kept, not copied.
     * @param col    (Input) column indices, sorted within each row. Kept, not copied.
     * @param val    (Input) values, same length as col. Kept, not copied.
     */
    public CsrMatrix(int rows, int cols, int[] rowPtr, int[] col, double[] val) {
        Checks.verify(rowPtr.length == rows + 1, "rowPtr must have rows+1 = %d entries, has %d", rows + 1, rowPtr.length);
        Checks.verify(col.length == val.length, "col and val lengths differ: %d vs %d", col.length, val.length);
        Checks.verify(rowPtr[rows] == col.length, "rowPtr[rows] = %d but nnz = %d", rowPtr[rows], col.length);
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.col = col;
        this.val = val;
    }

    /** @return a matrix with the same structure and zero values. */
    public CsrMatrix zerosLike() {
        return new CsrMatrix(rows, cols, rowPtr, col, new double[val.length]);
    }

    /** @return a deep copy of the values sharing this matrix's (immutable) structure. */
    public CsrMatrix copy() {
        return new CsrMatrix(rows, cols, rowPtr, col, val.clone());
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nnz() {
        return col.length;
    }

    /** @return row pointers. Not a copy: do not modify. */
    public int[] rowPtr() {
        return rowPtr;
    }

    /** @return column indices. Not a copy: do not modify. */
    public int[] colIndex() {
        return col;
    }

    /** @return values. Not a copy: writable in place. */
    public double[] values() {
        return val;
    }

    /** y := A x. (Input) x of length cols. (Output) y of length rows. */
    public void multiply(double[] x, double[] y) {
        CsrOps.spmv(rows, rowPtr, col, val, x, y);
    }

    /** @return the storage slot of entry (i, j), or -1 if it is not in the structure. */
    public int slot(int i, int j) {
        int k = Arrays.binarySearch(col, rowPtr[i], rowPtr[i + 1], j);
        return k >= 0 ? k : -1;
    }

    /** @return entry (i, j), zero if outside the structure. */
    public double get(int i, int j) {
        int k = slot(i, j);
        return k >= 0 ? val[k] : 0.0;
    }

    /** @return the main diagonal (zero where the structure has no diagonal entry). */
    public double[] diagonal() {
        int n = Math.min(rows, cols);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = get(i, i);
        }
        return d;
    }

    /** Sets every value to zero, keeping the structure. */
    public void zero() {
        Arrays.fill(val, 0.0);
    }
}
