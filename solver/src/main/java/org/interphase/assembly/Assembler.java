package org.interphase.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.fe.FacetCells;
import org.interphase.fe.FacetValues;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;

/**
 * Assembles residual vectors and Jacobian matrices of a weak form given as pointwise {@link Term}s over
 * cells (per region) and tagged facets (per facet group), for a Lagrange field on the mesh's own nodes
 * (isoparametric, order of the mesh). Cells are processed in parallel chunks (see {@link CellPartition});
 * values are scattered into a CSR matrix with the structure of a {@link BlockSparsity} through
 * precomputed per-cell node positions.
 */
public final class Assembler {

    private final Mesh mesh;
    private final DofMap dofs;
    private final BlockSparsity sparsity;
    private final ElementTables tables;
    private final int facetDegree;
    private final int n;
    private final int nf;
    private final int[] cellPos;
    private final CellPartition partition;
    private final List<Term> allRegionTerms = new ArrayList<>();
    private final Map<Integer, List<Term>> regionTerms = new HashMap<>();
    private final Map<Integer, List<Term>> facetTerms = new HashMap<>();
    private final Map<Integer, List<CellTerm>> cellTerms = new HashMap<>();
    private Map<Integer, Term[]> termsByRegion;
    private FacetCells facetCells;

    /**
     * @param mesh     (Input) the mesh.
     * @param dofs     (Input) the dof map (components per node, periodic slots).
     * @param degree   (Input) cell quadrature degree.
     * @param sparsity (Input) matrix structure; must contain the cell couplings (it may contain more, e.g.
     *                 cohesive interface elements).
     */
    public Assembler(Mesh mesh, DofMap dofs, int degree, BlockSparsity sparsity) {
        this.mesh = mesh;
        this.dofs = dofs;
        this.sparsity = sparsity;
        this.tables = ElementTables.of(mesh.cellType(), degree);
        this.facetDegree = degree;
        this.n = mesh.cellType().nodes();
        this.nf = dofs.components();
        this.partition = CellPartition.of(mesh.cells(), n, dofs);
        this.cellPos = new int[mesh.cellCount() * n * n];
        int[] conn = mesh.cells();
        Parallel.forRange(mesh.cellCount(), (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                for (int a = 0; a < n; a++) {
                    int sa = dofs.slot(conn[c * n + a]);
                    for (int b = 0; b < n; b++) {
                        int p = sparsity.position(sa, dofs.slot(conn[c * n + b]));
                        if (p < 0) {
                            throw new IllegalStateException("sparsity lacks a cell coupling");
                        }
                        cellPos[(c * n + a) * n + b] = p;
                    }
                }
            }
        });
    }

    /** An assembler for a field of {@code components} values per node, default degree, cell couplings only. */
    public static Assembler of(Mesh mesh, int components) {
        DofMap dofs = DofMap.identity(mesh.nodeCount(), components);
        BlockSparsity sp = BlockSparsity.build(dofs, List.of(mesh.cells()), List.of(mesh.cellType().nodes()));
        return new Assembler(mesh, dofs, ElementTables.defaultDegree(mesh.cellType()), sp);
    }

    /** Adds a term on every cell. */
    public Assembler addTerm(Term t) {
        allRegionTerms.add(t);
        termsByRegion = null;
        return this;
    }

    /** Adds a term on the cells of the given region tags. */
    public Assembler addTerm(Term t, int... regionTagList) {
        for (int r : regionTagList) {
            regionTerms.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
        }
        termsByRegion = null;
        return this;
    }

    /**
     * Adds a cell term on the cells of the given region tags; it runs after the pointwise terms of the same cells
     * (a region needs at least one pointwise term for its cells to be assembled).
     */
    public Assembler addCellTerm(CellTerm t, int... regionTagList) {
        for (int r : regionTagList) {
            cellTerms.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
        }
        return this;
    }

    /** Adds a term on the tagged facets of a facet group (only u, x and the normal are available). */
    public Assembler addFacetTerm(Term t, int groupTag) {
        facetTerms.computeIfAbsent(groupTag, k -> new ArrayList<>()).add(t);
        return this;
    }

    public Mesh mesh() {
        return mesh;
    }

    public DofMap dofs() {
        return dofs;
    }

    public BlockSparsity sparsity() {
        return sparsity;
    }

    /** @return a zero matrix with this assembler's structure. */
    public CsrMatrix newMatrix() {
        return sparsity.newMatrix();
    }

    /** @return the cell/facet adjacency of tagged facets (built on first use). */
    public synchronized FacetCells facetCells() {
        if (facetCells == null) {
            facetCells = FacetCells.of(mesh);
        }
        return facetCells;
    }

    /**
     * Zeroes the outputs, then assembles every term into them.
     *
     * @param s   (Input) state. Not modified.
     * @param res (Output) residual, length dofs().size(); or null.
     * @param jac (Output) Jacobian with this assembler's structure; or null.
     */
    public void assemble(FieldState s, double[] res, CsrMatrix jac) {
        if (res != null) {
            Arrays.fill(res, 0.0);
        }
        if (jac != null) {
            jac.zero();
        }
        Map<Integer, Term[]> byRegion = termsByRegion();
        Parallel.forRange(partition.chunks(), 1, (lo, hi) -> {
            Workspace w = new Workspace(s);
            for (int k = lo; k < hi; k++) {
                for (int c = partition.start(k); c < partition.end(k); c++) {
                    if (!partition.isDeferred(c)) {
                        cell(w, c, byRegion, s, res, jac);
                    }
                }
            }
        });
        Workspace w = new Workspace(s);
        for (int c : partition.deferredCells()) {
            cell(w, c, byRegion, s, res, jac);
        }
        if (!facetTerms.isEmpty()) {
            facets(s, res, jac);
        }
    }

    /**
     * Zeroes res, then assembles the facet terms only (boundary loads such as tractions), skipping the cells.
     *
     * @param s   (Input) state. Not modified.
     * @param res (Output) residual, length dofs().size().
     */
    public void assembleFacets(FieldState s, double[] res) {
        Arrays.fill(res, 0.0);
        if (!facetTerms.isEmpty()) {
            facets(s, res, null);
        }
    }

    private synchronized Map<Integer, Term[]> termsByRegion() {
        if (termsByRegion == null) {
            Map<Integer, Term[]> m = new HashMap<>();
            for (int tag : mesh.regions().values()) {
                List<Term> l = new ArrayList<>(allRegionTerms);
                l.addAll(regionTerms.getOrDefault(tag, List.of()));
                m.put(tag, l.toArray(new Term[0]));
            }
            for (int tag : mesh.cellRegions()) {
                if (!m.containsKey(tag)) {
                    List<Term> l = new ArrayList<>(allRegionTerms);
                    l.addAll(regionTerms.getOrDefault(tag, List.of()));
                    m.put(tag, l.toArray(new Term[0]));
                }
            }
            termsByRegion = m;
        }
        return termsByRegion;
    }

    /** Per-thread scratch space. */
    private final class Workspace {
        final CellValues cv = new CellValues(mesh, tables);
        final PointState ps;
        final double[] f0 = new double[nf];
        final double[] f1;
        final double[] g0 = new double[nf * nf];
        final double[] g1;
        final double[] g2;
        final double[] g3;
        final double[] ga;
        final double[] ue = new double[n * nf];
        final double[] ute = new double[n * nf];
        final double[] re = new double[n * nf];
        final double[] ke = new double[n * nf * n * nf];
        final int[] slot = new int[n];

        Workspace(FieldState s) {
            int dim = mesh.dim();
            ps = new PointState(dim, nf, s.naux);
            f1 = new double[nf * dim];
            g1 = new double[nf * nf * dim];
            g2 = new double[nf * dim * nf];
            g3 = new double[nf * dim * nf * dim];
            ga = new double[nf * nf * dim];
            ps.shift = s.shift;
            ps.time = s.time;
            ps.dt = s.dt;
        }
    }

    private void cell(Workspace w, int c, Map<Integer, Term[]> byRegion, FieldState s, double[] res, CsrMatrix jac) {
        int region = mesh.cellRegions()[c];
        Term[] terms = byRegion.get(region);
        if (terms == null || terms.length == 0) {
            return;
        }
        CellValues cv = w.cv;
        cv.reinit(c);
        int dim = mesh.dim();
        int m = n * nf;
        for (int a = 0; a < n; a++) {
            int node = cv.node(a);
            w.slot[a] = dofs.slot(node);
            for (int i = 0; i < nf; i++) {
                int dof = w.slot[a] * nf + i;
                w.ue[a * nf + i] = s.u[dof];
                w.ute[a * nf + i] = s.ut != null ? s.ut[dof] : 0.0;
            }
        }
        boolean wantJ = jac != null;
        int blocks = 0;
        for (Term t : terms) {
            blocks |= t.jacobianBlocks();
        }
        Arrays.fill(w.re, 0.0);
        if (wantJ) {
            Arrays.fill(w.ke, 0.0);
        }
        PointState p = w.ps;
        p.cell = c;
        p.region = region;
        double[] val = cv.values();
        double[] grad = cv.grads();
        for (int q = 0; q < cv.nq(); q++) {
            interpolate(w, cv, q, s);
            Arrays.fill(w.f0, 0.0);
            Arrays.fill(w.f1, 0.0);
            for (Term t : terms) {
                t.residual(p, w.f0, w.f1);
            }
            double jxw = cv.jxw(q);
            for (int a = 0; a < n; a++) {
                double na = val[q * n + a];
                int gb = (q * n + a) * dim;
                for (int i = 0; i < nf; i++) {
                    double r = w.f0[i] * na;
                    for (int d = 0; d < dim; d++) {
                        r += w.f1[i * dim + d] * grad[gb + d];
                    }
                    w.re[a * nf + i] += jxw * r;
                }
            }
            if (!wantJ) {
                continue;
            }
            if ((blocks & Term.G0) != 0) {
                Arrays.fill(w.g0, 0.0);
            }
            if ((blocks & Term.G1) != 0) {
                Arrays.fill(w.g1, 0.0);
            }
            if ((blocks & Term.G2) != 0) {
                Arrays.fill(w.g2, 0.0);
            }
            if ((blocks & Term.G3) != 0) {
                Arrays.fill(w.g3, 0.0);
            }
            for (Term t : terms) {
                t.jacobian(p, w.g0, w.g1, w.g2, w.g3);
            }
            for (int a = 0; a < n; a++) {
                double na = val[q * n + a];
                int ga0 = (q * n + a) * dim;
                // ga[i][j][e] = (g1_ije na + sum_d dNa_d g3_idje) for this a
                Arrays.fill(w.ga, 0.0);
                if ((blocks & Term.G1) != 0) {
                    for (int k = 0; k < nf * nf * dim; k++) {
                        w.ga[k] = w.g1[k] * na;
                    }
                }
                if ((blocks & Term.G3) != 0) {
                    for (int i = 0; i < nf; i++) {
                        for (int d = 0; d < dim; d++) {
                            double gad = grad[ga0 + d];
                            int base = (i * dim + d) * nf * dim;
                            for (int j = 0; j < nf; j++) {
                                for (int e = 0; e < dim; e++) {
                                    w.ga[(i * nf + j) * dim + e] += gad * w.g3[base + j * dim + e];
                                }
                            }
                        }
                    }
                }
                for (int b = 0; b < n; b++) {
                    double nb = val[q * n + b];
                    int gb0 = (q * n + b) * dim;
                    for (int i = 0; i < nf; i++) {
                        int row = (a * nf + i) * m + b * nf;
                        for (int j = 0; j < nf; j++) {
                            double k = 0.0;
                            if ((blocks & Term.G0) != 0) {
                                k += w.g0[i * nf + j] * na * nb;
                            }
                            if ((blocks & Term.G2) != 0) {
                                for (int d = 0; d < dim; d++) {
                                    k += w.g2[(i * dim + d) * nf + j] * grad[ga0 + d] * nb;
                                }
                            }
                            int gbase = (i * nf + j) * dim;
                            for (int e = 0; e < dim; e++) {
                                k += w.ga[gbase + e] * grad[gb0 + e];
                            }
                            w.ke[row + j] += jxw * k;
                        }
                    }
                }
            }
        }
        List<CellTerm> whole = cellTerms.get(region);
        if (whole != null) {
            for (CellTerm t : whole) {
                t.add(cv, w.ue, w.re, wantJ ? w.ke : null);
            }
        }
        if (res != null) {
            for (int a = 0; a < n; a++) {
                for (int i = 0; i < nf; i++) {
                    res[w.slot[a] * nf + i] += w.re[a * nf + i];
                }
            }
        }
        if (wantJ) {
            double[] v = jac.values();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    int pos = cellPos[(c * n + a) * n + b];
                    for (int i = 0; i < nf; i++) {
                        int base = sparsity.valueSlot(w.slot[a], i, pos, 0);
                        int row = (a * nf + i) * m + b * nf;
                        for (int j = 0; j < nf; j++) {
                            v[base + j] += w.ke[row + j];
                        }
                    }
                }
            }
        }
    }

    private void interpolate(Workspace w, CellValues cv, int q, FieldState s) {
        PointState p = w.ps;
        int dim = mesh.dim();
        double[] val = cv.values();
        double[] grad = cv.grads();
        for (int d = 0; d < dim; d++) {
            p.x[d] = cv.x(q, d);
        }
        Arrays.fill(p.u, 0.0);
        Arrays.fill(p.du, 0.0);
        Arrays.fill(p.ut, 0.0);
        for (int a = 0; a < n; a++) {
            double na = val[q * n + a];
            int gb = (q * n + a) * dim;
            for (int i = 0; i < nf; i++) {
                double ua = w.ue[a * nf + i];
                p.u[i] += na * ua;
                p.ut[i] += na * w.ute[a * nf + i];
                for (int d = 0; d < dim; d++) {
                    p.du[i * dim + d] += grad[gb + d] * ua;
                }
            }
        }
        if (s.naux > 0) {
            Arrays.fill(p.aux, 0.0);
            Arrays.fill(p.daux, 0.0);
            for (int a = 0; a < n; a++) {
                double na = val[q * n + a];
                int gb = (q * n + a) * dim;
                int node = cv.node(a);
                for (int k = 0; k < s.naux; k++) {
                    double va = s.aux[node * s.naux + k];
                    p.aux[k] += na * va;
                    for (int d = 0; d < dim; d++) {
                        p.daux[k * dim + d] += grad[gb + d] * va;
                    }
                }
            }
        }
    }

    private void facets(FieldState s, double[] res, CsrMatrix jac) {
        FacetValues fv = new FacetValues(mesh, facetCells(), facetDegree);
        int dim = mesh.dim();
        int fn = mesh.facetType().nodes();
        PointState p = new PointState(dim, nf, 0);
        p.shift = s.shift;
        p.time = s.time;
        p.dt = s.dt;
        double[] f0 = new double[nf];
        double[] f1 = new double[nf * dim];
        double[] g0 = new double[nf * nf];
        double[] g1 = new double[nf * nf * dim];
        double[] g2 = new double[nf * dim * nf];
        double[] g3 = new double[nf * dim * nf * dim];
        double[] ue = new double[fn * nf];
        int[] tags = mesh.facetTags();
        for (int f = 0; f < mesh.facetCount(); f++) {
            List<Term> terms = facetTerms.get(tags[f]);
            if (terms == null) {
                continue;
            }
            fv.reinit(f);
            for (int a = 0; a < fn; a++) {
                for (int i = 0; i < nf; i++) {
                    ue[a * nf + i] = s.u[dofs.dof(fv.node(a), i)];
                }
            }
            p.cell = f;
            p.region = tags[f];
            for (int q = 0; q < fv.nq(); q++) {
                Arrays.fill(p.u, 0.0);
                for (int d = 0; d < dim; d++) {
                    p.x[d] = fv.x(q, d);
                    p.normal[d] = fv.normal(q, d);
                }
                for (int a = 0; a < fn; a++) {
                    for (int i = 0; i < nf; i++) {
                        p.u[i] += fv.shape(q, a) * ue[a * nf + i];
                    }
                }
                Arrays.fill(f0, 0.0);
                for (Term t : terms) {
                    t.residual(p, f0, f1);
                }
                double jxw = fv.jxw(q);
                if (res != null) {
                    for (int a = 0; a < fn; a++) {
                        for (int i = 0; i < nf; i++) {
                            res[dofs.dof(fv.node(a), i)] += jxw * f0[i] * fv.shape(q, a);
                        }
                    }
                }
                if (jac == null) {
                    continue;
                }
                Arrays.fill(g0, 0.0);
                boolean any = false;
                for (Term t : terms) {
                    if ((t.jacobianBlocks() & Term.G0) != 0) {
                        t.jacobian(p, g0, g1, g2, g3);
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                for (int a = 0; a < fn; a++) {
                    int sa = dofs.slot(fv.node(a));
                    for (int b = 0; b < fn; b++) {
                        int sb = dofs.slot(fv.node(b));
                        int pos = sparsity.position(sa, sb);
                        double nn = jxw * fv.shape(q, a) * fv.shape(q, b);
                        for (int i = 0; i < nf; i++) {
                            int base = sparsity.valueSlot(sa, i, pos, 0);
                            for (int j = 0; j < nf; j++) {
                                jac.values()[base + j] += nn * g0[i * nf + j];
                            }
                        }
                    }
                }
            }
        }
    }
}
