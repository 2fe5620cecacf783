package org.interphase.linalg;

import java.util.Arrays;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.SolverException;
import org.interphase.kernels.CsrOps;
import org.interphase.kernels.VectorOps;

/**
 * A sparse direct solver: A = Q L D L^T Q^T for symmetric matrices (up-looking LDL^T on the elimination
 * tree, T. A. Davis, "Algorithm 849: a concise sparse Cholesky factorization package", ACM TOMS 31,
 * 2005) and P Q^T A Q = L U for non-symmetric ones (left-looking LU with threshold partial pivoting,
 * J. R. Gilbert and T. Peierls, SIAM J. Sci. Stat. Comput. 9, 1988), both after a nested-dissection
 * ordering Q of the node graph of A + A^T ({@link NestedDissection}). Symmetry is detected (structure
 * and values within {@value #SYMMETRY_TOLERANCE} relative) unless given. A symmetric matrix whose LDL^T
 * meets a zero pivot (indefinite, e.g. a saddle point) is refactored by LU before it is called singular.
 * Solves add up to {@value #REFINEMENT_STEPS} steps of iterative refinement. Sequential.
 */
public final class SparseDirect implements LinearSolver {

    static final double SYMMETRY_TOLERANCE = 1e-12;
    /** A pivot below this times the scale of its row counts as zero. */
    static final double PIVOT_TOLERANCE = 1e-12;
    /** LU keeps the diagonal pivot while it is at least this fraction of the column's largest entry. */
    static final double PIVOT_THRESHOLD = 0.1;
    static final int REFINEMENT_STEPS = 2;

    private final Boolean symmetricHint;
    private final int blockSize;
    private boolean pseudoInverse;
    private CsrMatrix a;
    private int n;
    private int[] q;
    /** The structure the ordering q was computed for: setups of the same structure reuse it. */
    private int[] orderedRowPtr;
    private int[] orderedCol;
    private boolean ldl;
    private double setupSeconds;
    private int droppedPivots;
    // LDL^T: unit lower L by columns, diagonal D
    private int[] lp;
    private int[] li;
    private double[] lx;
    private double[] d;
    // LU: unit lower L and upper U (diagonal last) by columns
    private int[] up;
    private int[] ui;
    private double[] ux;
    private int[] pinv;

    /** Detects symmetry; orders the dof graph. */
    public SparseDirect() {
        this(null, 1);
    }

    /**
     * @param symmetric (Input) true for LDL^T, false for LU, null to detect.
     * @param blockSize (Input) dofs per node; the ordering works on the node graph.
     */
    public SparseDirect(Boolean symmetric, int blockSize) {
        Checks.verify(blockSize >= 1, "block size must be at least 1, got %d", blockSize);
        this.symmetricHint = symmetric;
        this.blockSize = blockSize;
    }

    /**
     * For a coarse-grid solve inside a preconditioner: symmetric zero pivots are dropped (their unknowns
     * set to zero) instead of failing, a symmetric positive semi-definite pseudo-inverse.
     *
     * @return this.
     */
    SparseDirect pseudoInverse() {
        pseudoInverse = true;
        return this;
    }

    @Override
    public void setup(CsrMatrix matrix) {
        Checks.verify(matrix.rows() == matrix.cols(), "direct solver needs a square matrix, got %d x %d",
                matrix.rows(), matrix.cols());
        long t0 = System.nanoTime();
        a = matrix;
        n = matrix.rows();
        if (q == null || !Arrays.equals(orderedRowPtr, matrix.rowPtr()) || !Arrays.equals(orderedCol,
                matrix.colIndex())) {
            q = ordering(matrix);
            orderedRowPtr = matrix.rowPtr().clone();
            orderedCol = matrix.colIndex().clone();
        }
        ldl = symmetricHint != null ? symmetricHint : isSymmetric(matrix, SYMMETRY_TOLERANCE);
        droppedPivots = 0;
        if (ldl) {
            int bad = factorLdl();
            if (bad >= 0) {
                ldl = false;
                lp = null;
                li = null;
                lx = null;
                d = null;
                factorLu();
            }
        } else {
            factorLu();
        }
        setupSeconds = (System.nanoTime() - t0) * 1e-9;
    }

    @Override
    public SolveStats solve(double[] b, double[] x) {
        Checks.verify(a != null, "direct: setup(matrix) must be called before solve");
        Checks.verify(b.length == n && x.length == n, "direct: b and x must have length %d", n);
        long t0 = System.nanoTime();
        double[] r = new double[n];
        CsrOps.residual(n, a.rowPtr(), a.colIndex(), a.values(), x, b, r);
        double r0 = VectorOps.norm2(r, n);
        double normB = VectorOps.norm2(b, n);
        solveFactored(b, x);
        double[] dx = new double[n];
        CsrOps.residual(n, a.rowPtr(), a.colIndex(), a.values(), x, b, r);
        double res = VectorOps.norm2(r, n);
        for (int step = 0; step < REFINEMENT_STEPS && res > 1e-15 * normB; step++) {
            solveFactored(r, dx);
            double[] trial = x.clone();
            VectorOps.axpy(1.0, dx, trial, n);
            CsrOps.residual(n, a.rowPtr(), a.colIndex(), a.values(), trial, b, r);
            double resTrial = VectorOps.norm2(r, n);
            if (!(resTrial < 0.5 * res)) {
                break;
            }
            System.arraycopy(trial, 0, x, 0, n);
            res = resTrial;
        }
        Checks.finite(x, "direct solution");
        return new SolveStats("direct", 0, r0, res, setupSeconds, (System.nanoTime() - t0) * 1e-9);
    }

    /**
     * x := A^-1 b with the factors, no refinement.
     *
     * @param b (Input) right-hand side. Not modified.
     * @param x (Output) solution; may not alias b.
     */
    void solveFactored(double[] b, double[] x) {
        double[] c = new double[n];
        if (ldl) {
            for (int k = 0; k < n; k++) {
                c[k] = b[q[k]];
            }
            for (int j = 0; j < n; j++) {
                double cj = c[j];
                for (int p = lp[j]; p < lp[j + 1]; p++) {
                    c[li[p]] -= lx[p] * cj;
                }
            }
            for (int j = 0; j < n; j++) {
                c[j] /= d[j];
            }
            for (int j = n - 1; j >= 0; j--) {
                double s = c[j];
                for (int p = lp[j]; p < lp[j + 1]; p++) {
                    s -= lx[p] * c[li[p]];
                }
                c[j] = s;
            }
        } else {
            for (int i = 0; i < n; i++) {
                c[pinv[i]] = b[q[i]];
            }
            for (int k = 0; k < n; k++) {
                double ck = c[k];
                for (int p = lp[k] + 1; p < lp[k + 1]; p++) {
                    c[li[p]] -= lx[p] * ck;
                }
            }
            for (int k = n - 1; k >= 0; k--) {
                double ck = c[k] / ux[up[k + 1] - 1];
                c[k] = ck;
                for (int p = up[k]; p < up[k + 1] - 1; p++) {
                    c[ui[p]] -= ux[p] * ck;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            x[q[k]] = c[k];
        }
    }

    /** @return nonzeros of the factors (L, plus U for LU). */
    public long factorNonzeros() {
        return ldl ? (long) lp[n] + n : (long) lp[n] + up[n];
    }

    /** @return whether the last setup used LDL^T (else LU). */
    public boolean usedLdl() {
        return ldl;
    }

    /** @return pivots dropped in pseudo-inverse mode in the last setup. */
    int droppedPivots() {
        return droppedPivots;
    }

    @Override
    public String describe() {
        if (a == null) {
            return "direct";
        }
        return String.format(Locale.ROOT, "direct(%s, %d factor nonzeros)", ldl ? "ldlt" : "lu", factorNonzeros());
    }

    /**
     * @param a   (Input) square matrix. Not modified.
     * @param tol (Input) relative tolerance on |a_ij - a_ji| / max(|a_ij|, |a_ji|).
     * @return whether A is symmetric in structure (up to explicit zeros) and values.
     */
    public static boolean isSymmetric(CsrMatrix a, double tol) {
        return isSymmetric(a, tol, false);
    }

    /**
     * As {@link #isSymmetric(CsrMatrix, double)}; with {@code diagonalScaled} the difference is measured
     * against max(|a_ij|, |a_ji|, sqrt(|a_ii a_jj|)), which forgives rounding noise in entries that
     * cancelled, as in Galerkin products.
     */
    static boolean isSymmetric(CsrMatrix a, double tol, boolean diagonalScaled) {
        if (a.rows() != a.cols()) {
            return false;
        }
        double[] diag = a.diagonal();
        CsrMatrix t = SparseProducts.transpose(a);
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        int[] tp = t.rowPtr();
        int[] tc = t.colIndex();
        double[] tv = t.values();
        for (int i = 0; i < a.rows(); i++) {
            int p = ap[i];
            int r = tp[i];
            while (p < ap[i + 1] || r < tp[i + 1]) {
                int cp = p < ap[i + 1] ? ac[p] : Integer.MAX_VALUE;
                int cr = r < tp[i + 1] ? tc[r] : Integer.MAX_VALUE;
                double x = cp <= cr ? av[p] : 0.0;
                double y = cr <= cp ? tv[r] : 0.0;
                int j = Math.min(cp, cr);
                double ref = Math.max(Math.abs(x), Math.abs(y));
                if (diagonalScaled) {
                    ref = Math.max(ref, Math.sqrt(Math.abs(diag[i] * diag[j])));
                }
                if (Math.abs(x - y) > tol * ref) {
                    return false;
                }
                if (cp <= cr) {
                    p++;
                }
                if (cr <= cp) {
                    r++;
                }
            }
        }
        return true;
    }

    /** Nested dissection of the node graph of A + A^T, expanded to dofs. */
    private int[] ordering(CsrMatrix m) {
        int bs = n % blockSize == 0 ? blockSize : 1;
        int nodes = n / bs;
        int[] ap = m.rowPtr();
        int[] ac = m.colIndex();
        CsrMatrix nodeGraph = SparseProducts.rowWise(nodes, nodes, 8L * bs, (v, acc) -> {
            for (int r = v * bs; r < (v + 1) * bs; r++) {
                for (int k = ap[r]; k < ap[r + 1]; k++) {
                    if (ac[k] / bs != v) {
                        acc.add(ac[k] / bs, 1.0);
                    }
                }
            }
        });
        CsrMatrix t = SparseProducts.transpose(nodeGraph);
        int[] gp = nodeGraph.rowPtr();
        int[] gc = nodeGraph.colIndex();
        int[] tp = t.rowPtr();
        int[] tc = t.colIndex();
        CsrMatrix sym = SparseProducts.rowWise(nodes, nodes, 16, (v, acc) -> {
            for (int k = gp[v]; k < gp[v + 1]; k++) {
                acc.add(gc[k], 1.0);
            }
            for (int k = tp[v]; k < tp[v + 1]; k++) {
                acc.add(tc[k], 1.0);
            }
        });
        int[] nodeOrder = NestedDissection.order(nodes, sym.rowPtr(), sym.colIndex());
        int[] perm = new int[n];
        for (int k = 0; k < nodes; k++) {
            for (int c = 0; c < bs; c++) {
                perm[k * bs + c] = nodeOrder[k] * bs + c;
            }
        }
        return perm;
    }

    private int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int k = 0; k < perm.length; k++) {
            inv[perm[k]] = k;
        }
        return inv;
    }

    /** Up-looking LDL^T of C = Q^T A Q from the lower triangle of C. @return -1, or the first zero pivot. */
    private int factorLdl() {
        int[] qinv = inverse(q);
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        int[] parent = new int[n];
        int[] flag = new int[n];
        int[] lnz = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            flag[k] = k;
            int row = q[k];
            for (int p = ap[row]; p < ap[row + 1]; p++) {
                int i = qinv[ac[p]];
                if (i < k) {
                    for (; flag[i] != k; i = parent[i]) {
                        if (parent[i] == -1) {
                            parent[i] = k;
                        }
                        lnz[i]++;
                        flag[i] = k;
                    }
                }
            }
        }
        lp = new int[n + 1];
        for (int k = 0; k < n; k++) {
            lp[k + 1] = lp[k] + lnz[k];
        }
        li = new int[lp[n]];
        lx = new double[lp[n]];
        d = new double[n];
        double[] y = new double[n];
        int[] pattern = new int[n];
        Arrays.fill(lnz, 0);
        for (int k = 0; k < n; k++) {
            int top = n;
            flag[k] = k;
            int row = q[k];
            double scale = 0.0;
            for (int p = ap[row]; p < ap[row + 1]; p++) {
                int i = qinv[ac[p]];
                if (i > k) {
                    continue;
                }
                y[i] += av[p];
                scale = Math.max(scale, Math.abs(av[p]));
                int len = 0;
                for (; flag[i] != k; i = parent[i]) {
                    pattern[len++] = i;
                    flag[i] = k;
                }
                while (len > 0) {
                    pattern[--top] = pattern[--len];
                }
            }
            double dk = y[k];
            double diagScale = Math.abs(dk) > 0 ? Math.abs(dk) : scale;
            y[k] = 0.0;
            for (; top < n; top++) {
                int i = pattern[top];
                double yi = y[i];
                y[i] = 0.0;
                int p2 = lp[i] + lnz[i];
                for (int p = lp[i]; p < p2; p++) {
                    y[li[p]] -= lx[p] * yi;
                }
                double lki = yi / d[i];
                dk -= lki * yi;
                li[p2] = k;
                lx[p2] = lki;
                lnz[i]++;
            }
            if (!(Math.abs(dk) > PIVOT_TOLERANCE * diagScale) || !Double.isFinite(dk)) {
                if (!pseudoInverse || !Double.isFinite(dk)) {
                    return k;
                }
                dk = Double.POSITIVE_INFINITY;
                droppedPivots++;
            }
            d[k] = dk;
        }
        return -1;
    }

    /** Left-looking LU of C = Q^T A Q by columns with threshold partial pivoting. */
    private void factorLu() {
        int[] qinv = inverse(q);
        CsrMatrix at = SparseProducts.transpose(a);
        int[] tp = at.rowPtr();
        int[] tc = at.colIndex();
        double[] tv = at.values();
        int cap = Math.max(16, 4 * a.nnz() + n);
        lp = new int[n + 1];
        li = new int[cap];
        lx = new double[cap];
        up = new int[n + 1];
        ui = new int[cap];
        ux = new double[cap];
        pinv = new int[n];
        Arrays.fill(pinv, -1);
        double[] x = new double[n];
        int[] xi = new int[n];
        int[] stack = new int[n];
        int[] pstack = new int[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int lnz = 0;
        int unz = 0;
        for (int k = 0; k < n; k++) {
            int col = q[k];
            int top = n;
            double colScale = 0.0;
            for (int p = tp[col]; p < tp[col + 1]; p++) {
                int i = qinv[tc[p]];
                if (mark[i] != k) {
                    top = reach(i, k, top, xi, stack, pstack, mark);
                }
                x[i] += tv[p];
                colScale = Math.max(colScale, Math.abs(tv[p]));
            }
            for (int p = top; p < n; p++) {
                int j = xi[p];
                int jj = pinv[j];
                if (jj < 0) {
                    continue;
                }
                double xj = x[j];
                for (int r = lp[jj] + 1; r < lp[jj + 1]; r++) {
                    x[li[r]] -= lx[r] * xj;
                }
            }
            if (unz + (n - top) + 1 > ui.length) {
                int grow = Math.max(2 * ui.length, unz + n - top + 1);
                ui = Arrays.copyOf(ui, grow);
                ux = Arrays.copyOf(ux, grow);
            }
            if (lnz + (n - top) + 1 > li.length) {
                int grow = Math.max(2 * li.length, lnz + n - top + 1);
                li = Arrays.copyOf(li, grow);
                lx = Arrays.copyOf(lx, grow);
            }
            int ipiv = -1;
            double best = -1.0;
            for (int p = top; p < n; p++) {
                int i = xi[p];
                if (pinv[i] >= 0) {
                    ui[unz] = pinv[i];
                    ux[unz++] = x[i];
                } else if (Math.abs(x[i]) > best) {
                    best = Math.abs(x[i]);
                    ipiv = i;
                }
            }
            if (pinv[k] < 0 && mark[k] == k && Math.abs(x[k]) >= PIVOT_THRESHOLD * best) {
                ipiv = k;
            }
            if (ipiv < 0 || !(best > PIVOT_TOLERANCE * colScale) || !Double.isFinite(best)) {
                throw singular(k);
            }
            double pivot = x[ipiv];
            ui[unz] = k;
            ux[unz++] = pivot;
            up[k + 1] = unz;
            pinv[ipiv] = k;
            li[lnz] = ipiv;
            lx[lnz++] = 1.0;
            for (int p = top; p < n; p++) {
                int i = xi[p];
                if (pinv[i] < 0) {
                    li[lnz] = i;
                    lx[lnz++] = x[i] / pivot;
                }
                x[i] = 0.0;
            }
            lp[k + 1] = lnz;
        }
        for (int p = 0; p < lnz; p++) {
            li[p] = pinv[li[p]];
        }
    }

    /**
     * Depth-first search from row {@code start} in the graph of the L columns computed so far; prepends
     * the rows it finishes to xi[top..n) in topological order.
     *
     * @return the new top.
     */
    private int reach(int start, int k, int top, int[] xi, int[] stack, int[] pstack, int[] mark) {
        int head = 0;
        stack[0] = start;
        while (head >= 0) {
            int j = stack[head];
            int jj = pinv[j];
            if (mark[j] != k) {
                mark[j] = k;
                pstack[head] = jj < 0 ? 0 : lp[jj] + 1;
            }
            int end = jj < 0 ? 0 : lp[jj + 1];
            boolean done = true;
            for (int p = pstack[head]; p < end; p++) {
                int i = li[p];
                if (mark[i] != k) {
                    pstack[head] = p + 1;
                    stack[++head] = i;
                    done = false;
                    break;
                }
            }
            if (done) {
                head--;
                xi[--top] = j;
            }
        }
        return top;
    }

    private SolverException singular(int k) {
        return SolverException.of("direct: matrix is singular at pivot %d (row %d of %d): check that the boundary "
                + "conditions fix every rigid-body mode and that no dof is left without an element", k, q[k], n);
    }
}
