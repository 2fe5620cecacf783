package org.interphase.linalg;

import java.util.Arrays;
import org.interphase.core.SolverException;

/**
 * ILU(0), incomplete LU without fill: A ~ L U on the structure of A, L unit lower triangular (Saad,
 * "Iterative Methods for Sparse Linear Systems", 2nd ed., Alg. 10.4, the IKJ variant). Not symmetric:
 * use it with gmres or bicgstab. The triangular solves are sequential.
 */
public final class IncompleteLu implements Preconditioner {

    /** A pivot below this times the largest entry of its row of A is treated as zero. */
    private static final double ZERO_PIVOT = 1e-14;

    private int n;
    private int[] rowPtr;
    private int[] col;
    private double[] val;
    private int[] diag;

    @Override
    public void setup(CsrMatrix a) {
        n = a.rows();
        rowPtr = a.rowPtr();
        col = a.colIndex();
        val = a.values().clone();
        diag = new int[n];
        for (int i = 0; i < n; i++) {
            diag[i] = a.slot(i, i);
            if (diag[i] < 0) {
                throw SolverException.of("ilu0: row %d has no diagonal entry in its structure; ILU(0) needs one, "
                        + "use amg or method direct", i);
            }
        }
        int[] where = new int[a.cols()];
        Arrays.fill(where, -1);
        for (int i = 0; i < n; i++) {
            double rowMax = 0.0;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                where[col[k]] = k;
                rowMax = Math.max(rowMax, Math.abs(val[k]));
            }
            for (int k = rowPtr[i]; k < diag[i]; k++) {
                int j = col[k];
                double lij = val[k] / val[diag[j]];
                val[k] = lij;
                for (int q = diag[j] + 1; q < rowPtr[j + 1]; q++) {
                    int w = where[col[q]];
                    if (w >= 0) {
                        val[w] -= lij * val[q];
                    }
                }
            }
            double d = val[diag[i]];
            if (!(Math.abs(d) > ZERO_PIVOT * rowMax) || !Double.isFinite(d)) {
                throw SolverException.of("ilu0: pivot %d is %.3e, zero to working precision; the matrix may be "
                        + "singular or need pivoting: use amg or method direct", i, d);
            }
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                where[col[k]] = -1;
            }
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int k = rowPtr[i]; k < diag[i]; k++) {
                s -= val[k] * z[col[k]];
            }
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = diag[i] + 1; k < rowPtr[i + 1]; k++) {
                s -= val[k] * z[col[k]];
            }
            z[i] = s / val[diag[i]];
        }
    }

    @Override
    public String describe() {
        return "ilu0";
    }
}
