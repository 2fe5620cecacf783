package org.interphase.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interphase.core.Checks;
import org.interphase.kernels.CsrOps;
import org.interphase.kernels.Parallel;
import org.interphase.kernels.VectorOps;

/**
 * Smoothed-aggregation algebraic multigrid (P. Vanek, J. Mandel and M. Brezina, "Algebraic multigrid by
 * smoothed aggregation for second and fourth order elliptic problems", Computing 56, 1996), applied as
 * one V-cycle per call, a symmetric preconditioner for CG on SPD matrices.
 *
 * <p>Setup per level: strength of connection between nodes of {@code blockSize} dofs, strong when
 * ||A_IJ|| >= theta sqrt(||A_II|| ||A_JJ||) (Frobenius block norms; theta = {@value #DEFAULT_THETA} on the
 * finest level, halved on each coarser one as coarse stencils widen, after Vanek et al.);
 * greedy three-phase aggregation in node order; the tentative prolongator from the near-null space
 * (constants per component by default, rigid-body modes for elasticity) orthonormalized per aggregate
 * by Gram-Schmidt QR, whose R factors form the coarse near-null space; prolongator smoothing
 * P = (I - omega D^-1 A) P_tent with omega = 4 / (3 rho(D^-1 A)), rho from Lanczos; the Galerkin
 * operator P^T A P. Coarsening stops at {@value #DEFAULT_COARSE_SIZE} dofs, where a sparse direct
 * factorization (a pseudo-inverse if the coarse matrix is singular) solves; if it stalls on a large level,
 * that level is only smoothed. Smoothing is Chebyshev of
 * degree {@value #DEFAULT_DEGREE} in D^-1 A on [{@value #DEFAULT_LOWER_FRACTION} b, b], b = 1.1 rho (M. Adams,
 * M. Brezina, J. Hu and R. Tuminaro, J. Comput. Phys. 188, 2003), the same polynomial before and after
 * the coarse correction, so the cycle is symmetric. Sparse products, smoothing and transfers run in
 * parallel through {@link Parallel}; aggregation is sequential; everything is deterministic.
 */
public final class SmoothedAggregationAmg implements Preconditioner {

    public static final double DEFAULT_THETA = 0.08;
    public static final int DEFAULT_COARSE_SIZE = 400;
    public static final int DEFAULT_DEGREE = 2;
    public static final double DEFAULT_LOWER_FRACTION = 0.1;
    static final double UPPER_SAFETY = 1.1;
    static final int LANCZOS_STEPS = 10;
    static final int MAX_LEVELS = 20;
    /** Coarsening that keeps more than this fraction of the dofs is not worth a level. */
    static final double MIN_REDUCTION = 0.85;
    /**
     * When coarsening stalls above this many dofs (no strong connections left, say), the coarsest level
     * is smoothed with a Chebyshev polynomial of degree {@value #STALLED_DEGREE} instead of factored.
     */
    static final int MAX_DIRECT = 20000;
    static final int STALLED_DEGREE = 12;
    /** Galerkin products are symmetric only to rounding; see {@link SparseDirect#isSymmetric}. */
    static final double COARSE_SYMMETRY_TOLERANCE = 1e-10;
    private static final long SEED = 0x5A_A36L;

    private final int blockSize;
    private final double[][] nearNullSpace;
    private double theta = DEFAULT_THETA;
    private int coarseSize = DEFAULT_COARSE_SIZE;
    private int degree = DEFAULT_DEGREE;
    private double lowerFraction = DEFAULT_LOWER_FRACTION;

    private Level[] levels;
    private SparseDirect coarse;
    private double complexity;

    /**
     * @param blockSize     (Input) dofs per node (interleaved: dof c of node v is v blockSize + c).
     * @param nearNullSpace (Input) vectors to represent exactly on every level, each of length n, or null for
     *                      the constant of each component. Kept, not copied.
     */
    public SmoothedAggregationAmg(int blockSize, double[][] nearNullSpace) {
        Checks.input(blockSize >= 1, "amg: blockSize must be at least 1 dof per node, got %d", blockSize);
        Checks.input(nearNullSpace == null || nearNullSpace.length > 0,
                "amg: the near-null space needs at least one vector, or leave it unset for constants");
        this.blockSize = blockSize;
        this.nearNullSpace = nearNullSpace;
    }

    /** @param options (Input) blockSize and nearNullSpace are read. */
    public SmoothedAggregationAmg(SolverOptions options) {
        this(options.blockSize, options.nearNullSpace);
    }

    /** Sets the strength threshold theta (0 keeps every nonzero connection). @return this. */
    public SmoothedAggregationAmg strengthThreshold(double value) {
        Checks.input(value >= 0 && value < 1, "amg: strength threshold must be in [0, 1), got %g", value);
        theta = value;
        return this;
    }

    /** Sets the Chebyshev smoother degree (matrix products per smoothing). @return this. */
    public SmoothedAggregationAmg smootherDegree(int value) {
        Checks.input(value >= 1 && value <= 10, "amg: smoother degree must be in 1..10, got %d", value);
        degree = value;
        return this;
    }

    /** Sets the lower end of the smoothed interval as a fraction of its upper end. @return this. */
    public SmoothedAggregationAmg chebyshevLowerFraction(double value) {
        Checks.input(value > 0 && value < 1, "amg: Chebyshev lower fraction must be in (0, 1), got %g", value);
        lowerFraction = value;
        return this;
    }

    /** Sets the size below which the direct coarse solve takes over. @return this. */
    public SmoothedAggregationAmg coarseSize(int value) {
        Checks.input(value >= 1, "amg: coarse size must be positive, got %d", value);
        coarseSize = value;
        return this;
    }

    @Override
    public void setup(CsrMatrix a) {
        int n = a.rows();
        Checks.input(n % blockSize == 0, "amg: blockSize %d does not divide the %d dofs; set the solver's "
                + "blockSize to the number of dofs per node", blockSize, n);
        double[][] b = nearNullSpace != null ? nearNullSpace : constants(n, blockSize);
        for (double[] v : b) {
            Checks.input(v.length == n, "amg: near-null-space vectors must have %d entries (one per dof), "
                    + "one has %d", n, v.length);
        }
        List<Level> list = new ArrayList<>();
        CsrMatrix current = a;
        int bs = blockSize;
        long nnzSum = 0;
        while (true) {
            Level level = new Level(current);
            list.add(level);
            nnzSum += current.nnz();
            if (current.rows() <= coarseSize || list.size() == MAX_LEVELS) {
                break;
            }
            CsrMatrix strength = strength(current, bs, theta * Math.pow(0.5, list.size() - 1));
            int[] agg = new int[strength.rows()];
            int nAgg = aggregate(strength, agg);
            if (nAgg == 0 || (double) nAgg * b.length > MIN_REDUCTION * current.rows()) {
                break;
            }
            double[][] coarseB = new double[b.length][nAgg * b.length];
            CsrMatrix tentative = tentative(agg, nAgg, b, bs, coarseB);
            level.lambdaMax = lambdaMax(current, level.invDiag);
            double omega = 4.0 / (3.0 * level.lambdaMax);
            double[] s = new double[current.rows()];
            for (int i = 0; i < s.length; i++) {
                s[i] = -omega * level.invDiag[i];
            }
            level.p = SparseProducts.scaledProductPlus(s, current, tentative, tentative);
            level.r = SparseProducts.transpose(level.p);
            current = SparseProducts.multiply(level.r, SparseProducts.multiply(current, level.p));
            bs = b.length;
            b = coarseB;
        }
        levels = list.toArray(new Level[0]);
        complexity = (double) nnzSum / a.nnz();
        if (current.rows() > MAX_DIRECT) {
            Level last = levels[levels.length - 1];
            last.lambdaMax = lambdaMax(current, last.invDiag);
            coarse = null;
            return;
        }
        CsrMatrix coarsest = withUnitEmptyRows(current);
        boolean symmetric = SparseDirect.isSymmetric(coarsest, COARSE_SYMMETRY_TOLERANCE, true);
        coarse = new SparseDirect(symmetric, bs).pseudoInverse();
        coarse.setup(coarsest);
    }

    @Override
    public void apply(double[] r, double[] z) {
        cycle(0, r, z);
    }

    /** @return the number of levels, the coarsest included. */
    public int levels() {
        return levels.length;
    }

    /** @return the sum of the levels' nonzeros over the finest level's. */
    public double operatorComplexity() {
        return complexity;
    }

    /** @return the dofs of every level, finest first. */
    public int[] levelSizes() {
        int[] sizes = new int[levels.length];
        for (int l = 0; l < levels.length; l++) {
            sizes[l] = levels[l].a.rows();
        }
        return sizes;
    }

    @Override
    public String describe() {
        if (levels == null) {
            return "amg";
        }
        return String.format(Locale.ROOT, "amg(%d levels, %.2f complexity)", levels.length, complexity);
    }

    /** One V-cycle for A_l x = b from x = 0. (Input) b. Not modified. (Output) x. */
    private void cycle(int l, double[] b, double[] x) {
        if (l == levels.length - 1) {
            if (coarse != null) {
                coarse.solveFactored(b, x);
            } else {
                chebyshev(levels[l], b, x, true, STALLED_DEGREE, lowerFraction);
            }
            return;
        }
        Level level = levels[l];
        Level next = levels[l + 1];
        CsrMatrix a = level.a;
        chebyshev(level, b, x, true, degree, lowerFraction);
        CsrOps.residual(a.rows(), a.rowPtr(), a.colIndex(), a.values(), x, b, level.res);
        CsrMatrix r = level.r;
        CsrOps.spmv(r.rows(), r.rowPtr(), r.colIndex(), r.values(), level.res, next.b);
        cycle(l + 1, next.b, next.x);
        CsrMatrix p = level.p;
        CsrOps.spmvAdd(p.rows(), p.rowPtr(), p.colIndex(), p.values(), 1.0, next.x, x);
        chebyshev(level, b, x, false, degree, lowerFraction);
    }

    /**
     * Chebyshev smoothing of A x = b in D^-1 A (Saad, "Iterative Methods for Sparse Linear Systems",
     * 2nd ed., Alg. 12.1) on [lowerFraction u, u], u = UPPER_SAFETY lambdaMax.
     */
    private static void chebyshev(Level level, double[] b, double[] x, boolean zeroGuess, int degree,
            double lowerFraction) {
        CsrMatrix a = level.a;
        int n = a.rows();
        double upper = UPPER_SAFETY * level.lambdaMax;
        double lower = lowerFraction * upper;
        double center = 0.5 * (upper + lower);
        double half = 0.5 * (upper - lower);
        double sigma = center / half;
        double rho = 1.0 / sigma;
        double[] d = level.d;
        double[] invDiag = level.invDiag;
        if (zeroGuess) {
            Parallel.forRange(n, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    d[i] = invDiag[i] * b[i] / center;
                    x[i] = d[i];
                }
            });
        } else {
            CsrOps.chebyshevDirection(n, a.rowPtr(), a.colIndex(), a.values(), invDiag, x, b, 0.0, 1.0 / center, d);
            VectorOps.axpy(1.0, d, x, n);
        }
        for (int k = 1; k < degree; k++) {
            double rhoNew = 1.0 / (2.0 * sigma - rho);
            CsrOps.chebyshevDirection(n, a.rowPtr(), a.colIndex(), a.values(), invDiag, x, b, rhoNew * rho,
                    2.0 * rhoNew / half, d);
            VectorOps.axpy(1.0, d, x, n);
            rho = rhoNew;
        }
    }

    /** @return the constant of each component: vector c is 1 on dofs v bs + c. */
    static double[][] constants(int n, int bs) {
        double[][] b = new double[bs][n];
        for (int c = 0; c < bs; c++) {
            for (int i = c; i < n; i += bs) {
                b[c][i] = 1.0;
            }
        }
        return b;
    }

    /**
     * @param a     (Input) matrix. Not modified.
     * @param bs    (Input) dofs per node.
     * @param theta (Input) threshold.
     * @return the node graph of strong connections, values ||A_IJ|| / sqrt(||A_II|| ||A_JJ||), no diagonal. A
     *         node whose couplings are all weak keeps its strongest ones, so only decoupled nodes (Dirichlet
     *         rows) are left without neighbours.
     */
    static CsrMatrix strength(CsrMatrix a, int bs, double theta) {
        CsrMatrix c = bs == 1 ? a : blockNorms(a, bs);
        int nodes = c.rows();
        double[] diag = c.diagonal();
        int[] cp = c.rowPtr();
        int[] cc = c.colIndex();
        double[] cv = c.values();
        double[] cut = new double[nodes];
        int[] count = new int[nodes + 1];
        Parallel.forRange(nodes, (lo, hi) -> {
            for (int v = lo; v < hi; v++) {
                double strongest = 0.0;
                for (int k = cp[v]; k < cp[v + 1]; k++) {
                    strongest = Math.max(strongest, cc[k] != v ? relative(v, cc[k], cv[k], diag) : 0.0);
                }
                cut[v] = Math.min(theta, strongest);
                int cnt = 0;
                for (int k = cp[v]; k < cp[v + 1]; k++) {
                    cnt += isStrong(v, cc[k], cv[k], diag, cut[v]) ? 1 : 0;
                }
                count[v + 1] = cnt;
            }
        });
        for (int v = 0; v < nodes; v++) {
            count[v + 1] += count[v];
        }
        int[] col = new int[count[nodes]];
        double[] val = new double[count[nodes]];
        Parallel.forRange(nodes, (lo, hi) -> {
            for (int v = lo; v < hi; v++) {
                int p = count[v];
                for (int k = cp[v]; k < cp[v + 1]; k++) {
                    if (isStrong(v, cc[k], cv[k], diag, cut[v])) {
                        col[p] = cc[k];
                        val[p++] = relative(v, cc[k], cv[k], diag);
                    }
                }
            }
        });
        return new CsrMatrix(nodes, nodes, count, col, val);
    }

    /** @return |c_vw| / sqrt(|c_vv c_ww|), 0 where a diagonal is zero. */
    private static double relative(int v, int w, double cvw, double[] diag) {
        double scale = Math.sqrt(Math.abs(diag[v] * diag[w]));
        return scale > 0 ? Math.abs(cvw) / scale : 0.0;
    }

    private static boolean isStrong(int v, int w, double cvw, double[] diag, double cut) {
        double r = relative(v, w, cvw, diag);
        return w != v && r > 0 && r >= cut;
    }

    /** @return the node matrix of Frobenius norms ||A_IJ|| of the bs x bs blocks. */
    private static CsrMatrix blockNorms(CsrMatrix a, int bs) {
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        int nodes = a.rows() / bs;
        CsrMatrix c = SparseProducts.rowWise(nodes, nodes, 2L * a.nnz() / Math.max(1, a.rows()), (v, acc) -> {
            for (int i = v * bs; i < (v + 1) * bs; i++) {
                for (int k = ap[i]; k < ap[i + 1]; k++) {
                    acc.add(ac[k] / bs, av[k] * av[k]);
                }
            }
        });
        double[] cv = c.values();
        Parallel.forRange(cv.length, (lo, hi) -> {
            for (int k = lo; k < hi; k++) {
                cv[k] = Math.sqrt(cv[k]);
            }
        });
        return c;
    }

    /**
     * Greedy aggregation in node order: (1) a node whose strong neighbours are all free forms an aggregate
     * with them; (2) a free node joins the aggregate of its strongest aggregated neighbour; (3) the rest
     * form aggregates with their free neighbours. Nodes without strong connections stay unaggregated
     * (their rows of the tentative prolongator are empty; the smoother treats them).
     *
     * @param strength (Input) strong-connection graph. Not modified.
     * @param agg      (Output) aggregate of each node, -1 for none.
     * @return the number of aggregates.
     */
    static int aggregate(CsrMatrix strength, int[] agg) {
        int nodes = strength.rows();
        int[] sp = strength.rowPtr();
        int[] sc = strength.colIndex();
        double[] sv = strength.values();
        final int free = -1;
        final int isolated = -2;
        for (int v = 0; v < nodes; v++) {
            agg[v] = sp[v] == sp[v + 1] ? isolated : free;
        }
        int count = 0;
        for (int v = 0; v < nodes; v++) {
            if (agg[v] != free) {
                continue;
            }
            boolean allFree = true;
            for (int k = sp[v]; k < sp[v + 1] && allFree; k++) {
                allFree = agg[sc[k]] == free || agg[sc[k]] == isolated;
            }
            if (allFree) {
                agg[v] = count;
                for (int k = sp[v]; k < sp[v + 1]; k++) {
                    if (agg[sc[k]] == free) {
                        agg[sc[k]] = count;
                    }
                }
                count++;
            }
        }
        int[] phase1 = agg.clone();
        for (int v = 0; v < nodes; v++) {
            if (agg[v] != free) {
                continue;
            }
            double best = -1.0;
            for (int k = sp[v]; k < sp[v + 1]; k++) {
                if (phase1[sc[k]] >= 0 && sv[k] > best) {
                    best = sv[k];
                    agg[v] = phase1[sc[k]];
                }
            }
        }
        for (int v = 0; v < nodes; v++) {
            if (agg[v] != free) {
                continue;
            }
            agg[v] = count;
            for (int k = sp[v]; k < sp[v + 1]; k++) {
                if (agg[sc[k]] == free) {
                    agg[sc[k]] = count;
                }
            }
            count++;
        }
        for (int v = 0; v < nodes; v++) {
            if (agg[v] == isolated) {
                agg[v] = -1;
            }
        }
        return count;
    }

    /**
     * The tentative prolongator: on the dofs of each aggregate, B = Q R with orthonormal Q (the rows of
     * P_tent) and upper triangular R (the coarse near-null space). A column of B that is dependent on
     * the earlier ones in an aggregate gives a zero column of Q.
     *
     * @param agg     (Input) aggregate per node, -1 for none. Not modified.
     * @param nAgg    (Input) number of aggregates.
     * @param b       (Input) near-null space, m vectors of length n. Not modified.
     * @param bs      (Input) dofs per node.
     * @param coarseB (Output) coarse near-null space, m vectors of length nAgg m.
     * @return P_tent, n x nAgg m.
     */
    static CsrMatrix tentative(int[] agg, int nAgg, double[][] b, int bs, double[][] coarseB) {
        int m = b.length;
        int nodes = agg.length;
        int n = nodes * bs;
        int[] start = new int[nAgg + 1];
        for (int v = 0; v < nodes; v++) {
            if (agg[v] >= 0) {
                start[agg[v] + 1]++;
            }
        }
        for (int g = 0; g < nAgg; g++) {
            start[g + 1] += start[g];
        }
        int[] members = new int[start[nAgg]];
        int[] next = Arrays.copyOf(start, nAgg);
        for (int v = 0; v < nodes; v++) {
            if (agg[v] >= 0) {
                members[next[agg[v]]++] = v;
            }
        }
        double[] q = new double[n * m];
        Parallel.forRange(nAgg, 256, (lo, hi) -> {
            for (int g = lo; g < hi; g++) {
                orthonormalize(g, members, start[g], start[g + 1], b, bs, q, coarseB);
            }
        });
        int[] rowPtr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int cnt = 0;
            for (int j = 0; j < m; j++) {
                cnt += q[i * m + j] != 0.0 ? 1 : 0;
            }
            rowPtr[i + 1] = rowPtr[i] + cnt;
        }
        int[] col = new int[rowPtr[n]];
        double[] val = new double[rowPtr[n]];
        for (int i = 0; i < n; i++) {
            int p = rowPtr[i];
            int g = agg[i / bs];
            for (int j = 0; j < m; j++) {
                if (q[i * m + j] != 0.0) {
                    col[p] = g * m + j;
                    val[p++] = q[i * m + j];
                }
            }
        }
        return new CsrMatrix(n, nAgg * m, rowPtr, col, val);
    }

    /** Modified Gram-Schmidt, twice, on the rows of aggregate g; writes Q into q and R into coarseB. */
    private static void orthonormalize(int g, int[] members, int from, int to, double[][] b, int bs, double[] q,
            double[][] coarseB) {
        int m = b.length;
        int s = (to - from) * bs;
        double[][] cols = new double[m][s];
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < s; t++) {
                cols[j][t] = b[j][members[from + t / bs] * bs + t % bs];
            }
            double norm0 = Math.sqrt(dot(cols[j], cols[j]));
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double h = dot(cols[k], cols[j]);
                    coarseB[j][g * m + k] += h;
                    for (int t = 0; t < s; t++) {
                        cols[j][t] -= h * cols[k][t];
                    }
                }
            }
            double rjj = Math.sqrt(dot(cols[j], cols[j]));
            if (!(rjj > 1e-10 * norm0)) {
                Arrays.fill(cols[j], 0.0);
                rjj = 0.0;
            } else {
                for (int t = 0; t < s; t++) {
                    cols[j][t] /= rjj;
                }
            }
            coarseB[j][g * m + j] = rjj;
        }
        for (int t = 0; t < s; t++) {
            int row = members[from + t / bs] * bs + t % bs;
            for (int j = 0; j < m; j++) {
                q[row * m + j] = cols[j][t];
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /**
     * Estimates the largest eigenvalue of D^-1 A (A symmetric) by Lanczos in the D inner product, in which
     * D^-1 A is self-adjoint, from a seeded random start: the largest Ritz value after
     * {@value #LANCZOS_STEPS} steps. Each step is one fused matrix-vector product with a dot product and
     * two vector passes.
     *
     * @param a       (Input) matrix. Not modified.
     * @param invDiag (Input) D^-1 (zero on inactive rows, which are left out). Not modified.
     * @return the estimate.
     */
    static double lambdaMax(CsrMatrix a, double[] invDiag) {
        int n = a.rows();
        int[] ap = a.rowPtr();
        int[] ac = a.colIndex();
        double[] av = a.values();
        double[] start = new double[n];
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            start[i] = invDiag[i] != 0.0 ? random.nextDouble() - 0.5 : 0.0;
        }
        double norm = Math.sqrt(Parallel.sum(n, (lo, hi) -> {
            double s = 0.0;
            for (int i = lo; i < hi; i++) {
                s += invDiag[i] != 0.0 ? start[i] * start[i] / invDiag[i] : 0.0;
            }
            return s;
        }));
        if (!(norm > 0.0)) {
            return 1.0;
        }
        VectorOps.scale(1.0 / norm, start, n);
        double[] u = start;
        double[] uPrev = new double[n];
        double[] w = new double[n];
        int steps = Math.min(LANCZOS_STEPS, n);
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        int k = 0;
        double betaPrev = 0.0;
        while (k < steps) {
            double[] cur = u;
            double[] prev = uPrev;
            double al = Parallel.sum(n, (lo, hi) -> {
                double s = 0.0;
                for (int i = lo; i < hi; i++) {
                    double t = 0.0;
                    for (int q = ap[i]; q < ap[i + 1]; q++) {
                        t += av[q] * cur[ac[q]];
                    }
                    w[i] = t;
                    s += cur[i] * t;
                }
                return s;
            });
            double bp = betaPrev;
            double be = Math.sqrt(Math.max(0.0, Parallel.sum(n, (lo, hi) -> {
                double s = 0.0;
                for (int i = lo; i < hi; i++) {
                    double v = invDiag[i] * w[i] - al * cur[i] - bp * prev[i];
                    w[i] = v;
                    s += invDiag[i] != 0.0 ? v * v / invDiag[i] : 0.0;
                }
                return s;
            })));
            alpha[k] = al;
            beta[k] = be;
            k++;
            if (!(be > 1e-10 * Math.abs(al))) {
                break;
            }
            Parallel.forRange(n, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    prev[i] = w[i] / be;
                }
            });
            uPrev = cur;
            u = prev;
            betaPrev = be;
        }
        return largestEigenvalue(alpha, beta, k);
    }

    /** Largest eigenvalue of the symmetric tridiagonal (alpha[0..k), beta[0..k-1)) by Sturm bisection. */
    static double largestEigenvalue(double[] alpha, double[] beta, int k) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            double r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < k - 1 ? Math.abs(beta[i]) : 0);
            lo = Math.min(lo, alpha[i] - r);
            hi = Math.max(hi, alpha[i] + r);
        }
        for (int it = 0; it < 200 && hi - lo > 1e-12 * Math.max(1.0, Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            int below = 0;
            double dd = 1.0;
            for (int i = 0; i < k; i++) {
                double b2 = i > 0 ? beta[i - 1] * beta[i - 1] : 0.0;
                dd = alpha[i] - mid - (i > 0 ? b2 / dd : 0.0);
                if (dd == 0.0) {
                    dd = 1e-300;
                }
                if (dd < 0) {
                    below++;
                }
            }
            if (below == k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** @return a, or a copy with a unit diagonal entry in every empty row (from zero prolongator columns). */
    private static CsrMatrix withUnitEmptyRows(CsrMatrix a) {
        int[] ap = a.rowPtr();
        boolean any = false;
        for (int i = 0; i < a.rows() && !any; i++) {
            any = ap[i] == ap[i + 1];
        }
        if (!any) {
            return a;
        }
        int[] ac = a.colIndex();
        double[] av = a.values();
        return SparseProducts.rowWise(a.rows(), a.cols(), 8, (i, acc) -> {
            for (int k = ap[i]; k < ap[i + 1]; k++) {
                acc.add(ac[k], av[k]);
            }
            if (ap[i] == ap[i + 1]) {
                acc.add(i, 1.0);
            }
        });
    }

    /** One level of the hierarchy: its operator, transfers to the next level, smoother data and work vectors. */
    private static final class Level {
        final CsrMatrix a;
        final double[] invDiag;
        final double[] x;
        final double[] b;
        final double[] d;
        final double[] res;
        CsrMatrix p;
        CsrMatrix r;
        double lambdaMax = 1.0;

        Level(CsrMatrix a) {
            this.a = a;
            int n = a.rows();
            invDiag = a.diagonal();
            for (int i = 0; i < n; i++) {
                invDiag[i] = invDiag[i] != 0.0 && Double.isFinite(invDiag[i]) ? 1.0 / invDiag[i] : 0.0;
            }
            x = new double[n];
            b = new double[n];
            d = new double[n];
            res = new double[n];
        }
    }
}
