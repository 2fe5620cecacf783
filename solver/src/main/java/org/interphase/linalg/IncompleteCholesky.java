package org.interphase.linalg;

import java.util.Locale;
import org.interphase.core.SolverException;

/**
 * IC(0), incomplete Cholesky without fill: A ~ L L^T with L restricted to the lower triangle of the
 * structure of A (Meijerink and van der Vorst, Math. Comp. 31, 1977). A non-positive pivot, which can
 * happen for SPD matrices that are not M-matrices, restarts the factorization of A + alpha diag(A)
 * with alpha growing from {@value #FIRST_SHIFT} by tens (Manteuffel, Math. Comp. 34, 1980); the shift
 * used is recorded and reported. Only the lower triangle of A is read. The triangular solves are
 * sequential.
 */
public final class IncompleteCholesky implements Preconditioner {

    static final double FIRST_SHIFT = 1e-3;
    private static final int MAX_SHIFTS = 8;

    private int n;
    private int[] rowPtr;
    private int[] col;
    private double[] val;
    private double shift;

    @Override
    public void setup(CsrMatrix a) {
        lowerStructure(a);
        shift = 0.0;
        for (int attempt = 0; attempt <= MAX_SHIFTS; attempt++) {
            if (factor(a, shift)) {
                return;
            }
            shift = attempt == 0 ? FIRST_SHIFT : shift * 10;
        }
        throw SolverException.of("ic0: no positive factorization even with the diagonal shifted by %.0e; "
                + "the matrix is not SPD: use ilu0 with gmres, or method direct", shift);
    }

    /** @return the diagonal shift alpha of the last setup (0 when none was needed). */
    public double shift() {
        return shift;
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            int diag = rowPtr[i + 1] - 1;
            for (int k = rowPtr[i]; k < diag; k++) {
                s -= val[k] * z[col[k]];
            }
            z[i] = s / val[diag];
        }
        for (int i = n - 1; i >= 0; i--) {
            int diag = rowPtr[i + 1] - 1;
            double zi = z[i] / val[diag];
            z[i] = zi;
            for (int k = rowPtr[i]; k < diag; k++) {
                z[col[k]] -= val[k] * zi;
            }
        }
    }

    @Override
    public String describe() {
        return shift > 0 ? String.format(Locale.ROOT, "ic0(shift %.0e)", shift) : "ic0";
    }

    /** Copies the structure of the lower triangle with a diagonal entry last in every row. */
    private void lowerStructure(CsrMatrix a) {
        n = a.rows();
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        rowPtr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int cnt = 0;
            for (int k = ap[i]; k < ap[i + 1] && ac[k] < i; k++) {
                cnt++;
            }
            rowPtr[i + 1] = rowPtr[i] + cnt + 1;
        }
        col = new int[rowPtr[n]];
        val = new double[rowPtr[n]];
        for (int i = 0; i < n; i++) {
            int p = rowPtr[i];
            for (int k = ap[i]; k < ap[i + 1] && ac[k] < i; k++) {
                col[p++] = ac[k];
            }
            col[p] = i;
        }
    }

    /** @return false on a non-positive pivot. */
    private boolean factor(CsrMatrix a, double alpha) {
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        for (int i = 0; i < n; i++) {
            int p = rowPtr[i];
            for (int k = ap[i]; k < ap[i + 1] && ac[k] <= i; k++) {
                if (ac[k] < i) {
                    val[p++] = av[k];
                }
            }
            val[rowPtr[i + 1] - 1] = a.get(i, i) * (1 + alpha);
        }
        for (int i = 0; i < n; i++) {
            int diag = rowPtr[i + 1] - 1;
            for (int k = rowPtr[i]; k < diag; k++) {
                int j = col[k];
                double s = val[k] - sparseDot(rowPtr[i], k, rowPtr[j], rowPtr[j + 1] - 1);
                val[k] = s / val[rowPtr[j + 1] - 1];
            }
            double d = val[diag] - sparseDot(rowPtr[i], diag, rowPtr[i], diag);
            if (!(d > 0.0) || !Double.isFinite(d)) {
                return false;
            }
            val[diag] = Math.sqrt(d);
        }
        return true;
    }

    /** @return the dot product of L entries [p0, p1) and [q0, q1), matched by column. */
    private double sparseDot(int p0, int p1, int q0, int q1) {
        double s = 0.0;
        int p = p0;
        int q = q0;
        while (p < p1 && q < q1) {
            int cp = col[p];
            int cq = col[q];
            if (cp == cq) {
                s += val[p++] * val[q++];
            } else if (cp < cq) {
                p++;
            } else {
                q++;
            }
        }
        return s;
    }
}
