package org.interphase.linalg;

import java.util.Arrays;
import org.interphase.core.Checks;

/**
 * A sparse matrix under construction in coordinate (triplet) form: entries are appended in any order
 * and duplicates are summed when it is compressed to a {@link CsrMatrix}.
 */
public final class CooMatrix {

    private final int rows;
    private final int cols;
    private int size;
    private int[] ri = new int[16];
    private int[] ci = new int[16];
    private double[] vv = new double[16];

    /**
     * @param rows (Input) number of rows.
     * @param cols (Input) number of columns.
     */
    public CooMatrix(int rows, int cols) {
        Checks.verify(rows >= 0 && cols >= 0, "matrix dimensions must be non-negative, got %d x %d", rows, cols);
        this.rows = rows;
        this.cols = cols;
    }

    /** Adds v to entry (i, j); an explicit zero still enters the structure. */
    public void add(int i, int j, double v) {
        Checks.verify(i >= 0 && i < rows && j >= 0 && j < cols, "entry (%d, %d) outside a %d x %d matrix",
                i, j, rows, cols);
        if (size == ri.length) {
            int cap = 2 * size;
            ri = Arrays.copyOf(ri, cap);
            ci = Arrays.copyOf(ci, cap);
            vv = Arrays.copyOf(vv, cap);
        }
        ri[size] = i;
        ci[size] = j;
        vv[size] = v;
        size++;
    }

    /** @return the CSR form, columns sorted within rows and duplicates summed. */
    public CsrMatrix toCsr() {
        int[] count = new int[rows + 1];
        for (int k = 0; k < size; k++) {
            count[ri[k] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            count[i + 1] += count[i];
        }
        int[] next = Arrays.copyOf(count, rows);
        int[] c = new int[size];
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            int p = next[ri[k]]++;
            c[p] = ci[k];
            v[p] = vv[k];
        }
        int[] rowPtr = new int[rows + 1];
        int[] last = new int[cols];
        Arrays.fill(last, -1);
        int nnz = 0;
        int[] outCol = new int[size];
        double[] outVal = new double[size];
        for (int i = 0; i < rows; i++) {
            int start = nnz;
            for (int p = count[i]; p < count[i + 1]; p++) {
                int j = c[p];
                if (last[j] >= start) {
                    outVal[last[j]] += v[p];
                } else {
                    last[j] = nnz;
                    outCol[nnz] = j;
                    outVal[nnz] = v[p];
                    nnz++;
                }
            }
            SparseProducts.sortRow(outCol, outVal, start, nnz);
            rowPtr[i + 1] = nnz;
        }
        return new CsrMatrix(rows, cols, rowPtr, Arrays.copyOf(outCol, nnz), Arrays.copyOf(outVal, nnz));
    }
}
