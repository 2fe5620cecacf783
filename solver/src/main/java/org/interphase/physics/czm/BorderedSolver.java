package org.interphase.physics.czm;

import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.SolveStats;

/**
 * Solves a bordered system [[A, c], [d^T, e]] [x; s] = [b; beta] by block elimination with two solves
 * of A (Crisfield's bordering for arc-length methods): y = A^-1 b, z = A^-1 c,
 * s = (beta - d^T y) / (e - d^T z), x = y - s z. The bordered matrix holds A in its first n rows and
 * columns, c as column n of those rows (the last entry of each row) and d^T, e as its dense last row; A
 * alone is factored by the inner solver, so its sparsity and block structure are kept.
 */
final class BorderedSolver implements LinearSolver {

    private final LinearSolver inner;
    private CsrMatrix a;
    private double[] c;
    private double[] d;
    private double e;
    private double[] z;
    private double setupSeconds;

    /** @param inner (Input) the solver for A. */
    BorderedSolver(LinearSolver inner) {
        this.inner = inner;
    }

    @Override
    public void setup(CsrMatrix m) {
        long t0 = System.nanoTime();
        int n = m.rows() - 1;
        int[] rp = m.rowPtr();
        int[] col = m.colIndex();
        double[] v = m.values();
        int nnz = rp[n] - n;
        int[] arp = new int[n + 1];
        int[] ac = new int[nnz];
        double[] av = new double[nnz];
        c = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            arp[i] = k;
            for (int p = rp[i]; p < rp[i + 1] - 1; p++) {
                ac[k] = col[p];
                av[k++] = v[p];
            }
            c[i] = v[rp[i + 1] - 1];
        }
        arp[n] = k;
        a = new CsrMatrix(n, n, arp, ac, av);
        d = new double[n];
        System.arraycopy(v, rp[n], d, 0, n);
        e = v[rp[n] + n];
        inner.setup(a);
        z = new double[n];
        inner.solve(c, z);
        setupSeconds = (System.nanoTime() - t0) * 1e-9;
    }

    @Override
    public SolveStats solve(double[] b, double[] x) {
        int n = a.rows();
        double[] y = new double[n];
        double[] bu = java.util.Arrays.copyOf(b, n);
        SolveStats s = inner.solve(bu, y);
        double dy = 0;
        double dz = 0;
        for (int i = 0; i < n; i++) {
            dy += d[i] * y[i];
            dz += d[i] * z[i];
        }
        double sv = (b[n] - dy) / (e - dz);
        for (int i = 0; i < n; i++) {
            x[i] = y[i] - sv * z[i];
        }
        x[n] = sv;
        return new SolveStats("bordered " + s.method(), s.iterations(), s.initialResidual(), s.finalResidual(),
                setupSeconds, s.solveSeconds());
    }

    @Override
    public String describe() {
        return "bordered(" + inner.describe() + ")";
    }
}
