package org.interphase.linalg;

import java.util.Arrays;
import org.interphase.core.Checks;
import org.interphase.kernels.Parallel;

/**
 * Sparse matrix products for multigrid setup: C = A B, transpose, the Galerkin triple product
 * P^T A P, and the Jacobi-smoothed prolongator. Products are row-by-row Gustavson (F. G. Gustavson,
 * "Two fast algorithms for sparse matrices: multiplication and permuted transposition", ACM TOMS 4,
 * 1978) with a dense accumulator per thread; contiguous row blocks are computed in parallel into
 * block-local buffers and concatenated in block order, so the result does not depend on timing.
 */
public final class SparseProducts {

    /** Row blocks per thread, for load balance when rows differ in cost. */
    private static final int BLOCKS_PER_THREAD = 4;
    /** Rows of A below which a product runs on one thread. */
    private static final int SERIAL_ROWS = 2048;

    private SparseProducts() {
    }

    /**
     * @param a (Input) left factor. Not modified.
     * @param b (Input) right factor, a.cols() rows. Not modified.
     * @return A B with sorted rows.
     */
    public static CsrMatrix multiply(CsrMatrix a, CsrMatrix b) {
        return scaledProductPlus(null, a, b, null);
    }

    /**
     * diag(s) A B + C, the one routine behind products and the smoothed prolongator
     * P = (I - omega D^-1 A) P_tent, which is s = -omega / diag(A), B = C = P_tent.
     *
     * @param s (Input) row scaling of the product, length a.rows(), or null for none. Not modified.
     * @param a (Input) left factor. Not modified.
     * @param b (Input) right factor. Not modified.
     * @param c (Input) added matrix, a.rows() x b.cols(), or null. Not modified.
     * @return the result with sorted rows.
     */
    public static CsrMatrix scaledProductPlus(double[] s, CsrMatrix a, CsrMatrix b, CsrMatrix c) {
        Checks.verify(a.cols() == b.rows(), "product dimensions differ: %d x %d times %d x %d",
                a.rows(), a.cols(), b.rows(), b.cols());
        Checks.verify(c == null || (c.rows() == a.rows() && c.cols() == b.cols()),
                "added matrix must be %d x %d", a.rows(), b.cols());
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        int[] bp = b.rowPtr();
        int[] bc = b.colIndex();
        double[] bv = b.values();
        long perRow = 2 * Math.max(a.nnz() / Math.max(1, a.rows()), b.nnz() / Math.max(1, b.rows()));
        return rowWise(a.rows(), b.cols(), perRow, (i, acc) -> {
            double scale = s == null ? 1.0 : s[i];
            for (int ka = ap[i]; ka < ap[i + 1]; ka++) {
                int k = ac[ka];
                double aik = scale * av[ka];
                for (int kb = bp[k]; kb < bp[k + 1]; kb++) {
                    acc.add(bc[kb], aik * bv[kb]);
                }
            }
            if (c != null) {
                int[] cp = c.rowPtr();
                int[] cc = c.colIndex();
                double[] cv = c.values();
                for (int kc = cp[i]; kc < cp[i + 1]; kc++) {
                    acc.add(cc[kc], cv[kc]);
                }
            }
        });
    }

    /** Fills one row of a matrix built by {@link #rowWise}. */
    @FunctionalInterface
    interface RowFiller {
        /** Adds the entries of row i to {@code acc}; repeated columns are summed. */
        void fill(int i, Accumulator acc);
    }

    /**
     * Builds a matrix row by row, rows in parallel blocks, each thread with a dense accumulator.
     *
     * @param rows      (Input) number of rows.
     * @param cols      (Input) number of columns.
     * @param perRow    (Input) expected entries per row (a capacity hint).
     * @param filler    (Input) adds the entries of a row; must only read shared data.
     * @return the matrix with sorted rows; entries added with value zero stay in the structure.
     */
    static CsrMatrix rowWise(int rows, int cols, long perRow, RowFiller filler) {
        int blocks = rows < SERIAL_ROWS ? 1 : Parallel.threads() * BLOCKS_PER_THREAD;
        int[][] blockCol = new int[blocks][];
        double[][] blockVal = new double[blocks][];
        int[] rowNnz = new int[rows];
        Parallel.forRange(blocks, 1, (lo, hi) -> {
            Accumulator acc = new Accumulator(cols);
            for (int blk = lo; blk < hi; blk++) {
                int r0 = (int) ((long) rows * blk / blocks);
                int r1 = (int) ((long) rows * (blk + 1) / blocks);
                acc.reset((int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, perRow * (r1 - r0))));
                for (int i = r0; i < r1; i++) {
                    int start = acc.size;
                    acc.row = i;
                    filler.fill(i, acc);
                    acc.finishRow(start);
                    rowNnz[i] = acc.size - start;
                }
                blockCol[blk] = Arrays.copyOf(acc.col, acc.size);
                blockVal[blk] = Arrays.copyOf(acc.val, acc.size);
            }
        });
        int[] rowPtr = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            rowPtr[i + 1] = rowPtr[i] + rowNnz[i];
        }
        int[] col = new int[rowPtr[rows]];
        double[] val = new double[rowPtr[rows]];
        int pos = 0;
        for (int blk = 0; blk < blocks; blk++) {
            System.arraycopy(blockCol[blk], 0, col, pos, blockCol[blk].length);
            System.arraycopy(blockVal[blk], 0, val, pos, blockVal[blk].length);
            pos += blockCol[blk].length;
        }
        return new CsrMatrix(rows, cols, rowPtr, col, val);
    }

    /**
     * @param a (Input) matrix. Not modified.
     * @return A^T with sorted rows.
     */
    public static CsrMatrix transpose(CsrMatrix a) {
        int n = a.rows();
        int m = a.cols();
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        int[] rowPtr = new int[m + 1];
        for (int k = 0; k < ap[n]; k++) {
            rowPtr[ac[k] + 1]++;
        }
        for (int j = 0; j < m; j++) {
            rowPtr[j + 1] += rowPtr[j];
        }
        int[] next = Arrays.copyOf(rowPtr, m);
        int[] col = new int[ap[n]];
        double[] val = new double[ap[n]];
        for (int i = 0; i < n; i++) {
            for (int k = ap[i]; k < ap[i + 1]; k++) {
                int p = next[ac[k]]++;
                col[p] = i;
                val[p] = av[k];
            }
        }
        return new CsrMatrix(m, n, rowPtr, col, val);
    }

    /**
     * @param p (Input) prolongator, n x nc. Not modified.
     * @param a (Input) n x n operator. Not modified.
     * @return the Galerkin coarse operator P^T A P, nc x nc.
     */
    public static CsrMatrix galerkin(CsrMatrix p, CsrMatrix a) {
        return multiply(transpose(p), multiply(a, p));
    }

    /**
     * Sorts the entries [from, to) of a row by column index, carrying the values along.
     *
     * @param col (Input/Output) column indices, distinct within the range.
     * @param val (Input/Output) values.
     */
    static void sortRow(int[] col, double[] val, int from, int to) {
        if (to - from <= 32) {
            for (int k = from + 1; k < to; k++) {
                int c = col[k];
                double v = val[k];
                int q = k - 1;
                while (q >= from && col[q] > c) {
                    col[q + 1] = col[q];
                    val[q + 1] = val[q];
                    q--;
                }
                col[q + 1] = c;
                val[q + 1] = v;
            }
            return;
        }
        long[] keyed = new long[to - from];
        for (int k = from; k < to; k++) {
            keyed[k - from] = ((long) col[k] << 32) | (k - from);
        }
        Arrays.sort(keyed);
        double[] v = Arrays.copyOfRange(val, from, to);
        for (int k = 0; k < keyed.length; k++) {
            col[from + k] = (int) (keyed[k] >>> 32);
            val[from + k] = v[(int) (keyed[k] & 0xffffffffL)];
        }
    }

    /** A dense accumulator for one row at a time, and the growing output of a block of rows. */
    static final class Accumulator {
        private final int[] mark;
        private final double[] dense;
        int row;
        int[] col;
        double[] val;
        int size;

        Accumulator(int cols) {
            mark = new int[cols];
            Arrays.fill(mark, -1);
            dense = new double[cols];
        }

        void reset(int capacity) {
            col = new int[capacity];
            val = new double[capacity];
            size = 0;
        }

        /** Adds v to column j of the current row. */
        void add(int j, double v) {
            if (mark[j] != row) {
                mark[j] = row;
                dense[j] = v;
                if (size == col.length) {
                    col = Arrays.copyOf(col, 2 * size);
                    val = Arrays.copyOf(val, 2 * size);
                }
                col[size++] = j;
            } else {
                dense[j] += v;
            }
        }

        /** @return the value accumulated so far in column j of the current row (0 if none). */
        double get(int j) {
            return mark[j] == row ? dense[j] : 0.0;
        }

        private void finishRow(int start) {
            Arrays.sort(col, start, size);
            for (int k = start; k < size; k++) {
                val[k] = dense[col[k]];
            }
        }
    }
}
